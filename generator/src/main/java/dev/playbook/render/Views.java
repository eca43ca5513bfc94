package dev.playbook.render;

import java.util.List;

/**
 * The records templates see, and nothing else: plain values, hrefs already relative to the page
 * being rendered, HTML only in fields named {@code content}. An absent link is {@code null}
 * (templates test it with {@code ??}).
 */
public final class Views {

    private Views() {
    }

    /** The playbook as a whole, the same on every page. */
    public record SiteView(String title, String description, String organisation, String release,
                           String releaseTitle, String language, String generatorVersion) { }

    /** A link with the text to show. */
    public record LinkView(String title, String href) { }

    /** One line of the sidebar; {@code depth} indents pages below their section page. */
    public record NavEntryView(String title, String href, int depth, boolean current, boolean section) { }

    /**
     * One group of the sidebar: a page type and its pages. A large group lists only the pages near
     * the current one, with {@code more} leading to the rest.
     */
    public record NavGroupView(String id, String title, String href, boolean current, int count,
                               List<NavEntryView> entries, LinkView more) { }

    /** A heading in the page's table of contents. */
    public record TocEntryView(int level, String id, String text) { }

    /**
     * A page listed on another page (a section's children, a listing, backlinks). {@code tags} and
     * {@code standards} (ids of the standards a story illustrates) let listings be filtered.
     */
    public record ItemView(String title, String href, String summary, String type, String typeTitle,
                           List<String> tags, List<String> standards) { }

    /**
     * One limit on an extra, as a row of a parameter page's table. {@code status} is "in-force", "upcoming" or "expired".
     * {@code extraText} and {@code conditionsText} are the same texts split where glossary terms occur.
     */
    public record LimitView(String role, String roleTitle, String extra, String upTo, String approval,
                            String approvalTitle, String conditions, String effective, String until, String status,
                            List<TextPartView> extraText, List<TextPartView> conditionsText, String effectiveText,
                            String untilText) { }

    /**
     * A run of plain text, or a glossary term in it ({@code termHref} and {@code definition} set, else null):
     * what templates need to link the first use of a term in a front-matter field.
     */
    public record TextPartView(String text, String termId, String termTitle, String termHref, String definition) { }

    /** A course: who it is for, how long it takes, its modules and the links to its overview and handout. */
    public record CourseView(String id, String title, String summary, List<String> audience, String duration,
                             int readingMinutes, int stepCount, String overviewHref, String handoutHref,
                             List<ModuleView> modules) { }

    /** A module of a course, its steps and its knowledge check (null when it has none). */
    public record ModuleView(int number, String title, String summary, int readingMinutes, List<StepView> steps,
                             CheckLinkView check) { }

    /** The link to a module's knowledge check: how many questions, and the pass mark ("" when none). */
    public record CheckLinkView(int module, String href, int questions, String passMark, int passScore) { }

    /**
     * A module's knowledge check page: its questions and choices, never which are right; those load
     * from {@code answersSrc} when the learner answers. {@code passScore} is 0 without a pass mark.
     */
    public record CheckView(String course, String courseTitle, int module, String moduleTitle, String overviewHref,
                            String answersSrc, String passMark, int passScore, List<QuestionView> questions,
                            LinkView next) { }

    /** One question of a check: {@code several} when all that apply are asked for. */
    public record QuestionView(String id, int number, String situation, boolean several, List<LinkView> tests,
                               List<String> choices) { }

    /**
     * A step of a course. {@code key} names its saved progress; {@code href} opens the step with the course bar;
     * {@code content} (the page or section's HTML) is set on the handout only.
     */
    public record StepView(int number, String key, String title, String pageTitle, String section, String type,
                           String typeTitle, String href, int readingMinutes, String notes, List<String> questions,
                           String content) { }

    /** A term of the glossary, with its synonyms and the page that says more (null when none). */
    public record TermView(String id, String term, String definition, List<String> synonyms, LinkView page) { }

    /** A story's context, outcome and the standards it illustrates. */
    public record StoryView(String channel, String situation, String outcome, List<LinkView> illustrates) { }

    /**
     * Who owns a page, who it is for, when it was reviewed and when it applies (empty strings when not given, the texts as the language writes the days);
     * {@code updated} is the day git last changed its source ({@code updatedTime} the instant, RFC 3339), empty outside git.
     */
    public record MetaView(String owner, List<String> audience, String reviewed, String effective, String until,
                           String updated, String updatedTime,
                           String reviewedText, String effectiveText, String untilText) { }

    /** A notice at the top of a page: {@code kind} is "upcoming", "expired" or "draft". */
    public record BannerView(String kind, String text) { }

    /** A filter on a listing: a select named {@code name} over the items' {@code data-name} values. */
    public record FilterView(String name, String label, List<OptionView> options) { }

    /** One choice of a filter. */
    public record OptionView(String value, String label) { }

    /** One cell of the authority matrix: the limit a role has on an extra, and who approves beyond it. */
    public record MatrixCellView(String upTo, String approvalTitle, String conditions, String until, String href,
                                 String source) { }

    /** One extra across every role (a cell is null where the role has no limit on it). */
    public record MatrixRowView(String extra, List<MatrixCellView> cells) { }

    /** The authority matrix: roles as columns, extras as rows, and changes that take effect later. */
    public record MatrixView(String date, String dateText, List<Role> roles, List<MatrixRowView> rows, List<LinkView> upcoming) {
        /** A column of the matrix. */
        public record Role(String id, String title) { }
    }

    /** A standard's coverage on the health page: which parts of the checklist it has. */
    public record CoverageView(String title, String href, List<Boolean> sections, int stories, boolean limits,
                               boolean complete) { }

    /** A count of pages of one type on the health page. */
    public record CountView(String title, int count, String href) { }

    /** A finding listed on the health page. */
    public record FindingView(String severity, String place, String message) { }

    /** The playbook health page: what exists, what each standard covers, what is open. */
    public record HealthView(String date, List<String> sectionNames, List<CountView> counts, List<CoverageView> standards,
                             List<FindingView> findings) { }

    /** A page type on the home page: how many pages, where they are, the first few. */
    public record TypeCardView(String id, String title, int count, String href, List<ItemView> items) { }

    /** The page being rendered. */
    public record PageView(
            String id,
            String title,
            String summary,
            String type,
            String typeTitle,
            String kind,
            List<String> tags,
            String content,
            List<TocEntryView> toc,
            List<LinkView> breadcrumbs,
            LinkView previous,
            LinkView next,
            List<ItemView> children,
            List<TypeCardView> typeCards,
            String sourcePath,
            int words,
            int readingMinutes,
            List<LinkView> tagLinks,
            MetaView meta,
            List<BannerView> banners,
            List<LimitView> limits,
            StoryView story,
            List<ItemView> stories,
            List<ItemView> referencedBy,
            List<LinkView> related,
            List<FilterView> filters,
            String editHref,
            String newStoryHref) { }

    /**
     * The release a page belongs to, when the site is one release among others: what the version
     * switcher, the outdated-release banner and the home page's links need. {@code siteRoot} leads
     * from the page to the folder that holds every release ({@code versions.js} is there);
     * {@code notice} says how this page changed in this release (null when it did not). {@code feeds} are the
     * site's Atom feeds the page links to with {@code rel="alternate"} (none without a base URL).
     */
    public record ReleaseView(String name, String title, String date, String siteRoot, String notesHref, String zipHref,
                              String pageId, String pagePath, String languageFolder, NoticeView notice, List<LinkView> feeds) { }

    /**
     * The page's language: its code and direction and, in a multilingual playbook, the same page in
     * every language ({@code alternates}, for the switcher and {@code hreflang}), the default
     * language's ({@code xDefault}), and for an untranslated page the notice and the language its
     * text is in ({@code contentLang}; null when the page is in this language).
     */
    public record LanguageView(String code, String dir, List<AlternateView> alternates, String xDefault,
                               FallbackView fallback, String contentLang, String up) {
        /**
         * @param up from this language's root to the default language's ({@code ../} for a language in its own
         *           folder, else empty), for files written once per release (SCORM packages)
         */
        public LanguageView { }

        public LanguageView withAlternates(List<AlternateView> others, String xDefault) {
            return new LanguageView(code, dir, others, xDefault, fallback, contentLang, up);
        }
    }

    /**
     * The page in one language; {@code root} leads from the page to that language's folder (where
     * its {@code search/} is, for "All languages").
     */
    public record AlternateView(String code, String name, String href, boolean current, String dir, String root) { }

    /** "Not translated yet", with a link to write the translation when {@code edit-url} is set (else null). */
    public record FallbackView(String text, String translateHref, String translateText) { }

    /** "Changed in release 2026.2", linked to the page's entry in the release notes. */
    public record NoticeView(String kind, String text, String href) { }

    /** The release notes page: changes against the previous release, page by page. */
    public record NotesView(String release, String previous, boolean empty, List<EntryView> added, List<RemovedView> removed,
                            List<RenamedView> renamed, List<ChangedView> changed, List<LimitChangeView> limits,
                            List<EntryView> newStories, String changesHref, List<QuestionChangeView> questions) { }

    /** A knowledge-check question whose right answer changed: the check's link, the answers before and after. */
    public record QuestionChangeView(String courseTitle, int module, String situation, String href, String before,
                                     String after) { }

    /** A page listed in the notes; {@code anchor} (empty when listed elsewhere) is what its "changed" notice links to. */
    public record EntryView(String anchor, String title, String href) { }

    /** A page that is gone: its title and where it was in the previous release. */
    public record RemovedView(String id, String title, String previousHref) { }

    /** A page that moved: its title, link, and its old and new paths. */
    public record RenamedView(String anchor, String title, String href, String from, String to) { }

    /** A changed page: its link and each changed section. */
    public record ChangedView(String anchor, String title, String href, List<SectionChangeView> sections) { }

    /** A changed section: kind ("added", "removed", "changed"), a link to it, and its word diff. */
    public record SectionChangeView(String kind, String heading, String href, List<DiffPartView> words) { }

    /** A run of words: kind "same", "added" or "removed". */
    public record DiffPartView(String kind, String text) { }

    /** A limit before and after ("up to $25" -> "up to $50"); either side empty when new or gone. */
    public record LimitChangeView(String roleTitle, String extra, String before, String after, String href,
                                  String pageTitle) { }
}
