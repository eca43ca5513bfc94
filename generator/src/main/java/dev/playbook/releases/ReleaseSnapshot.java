package dev.playbook.releases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.playbook.config.PageType;
import dev.playbook.config.Role;
import dev.playbook.model.AnswerKey;
import dev.playbook.model.Course;
import dev.playbook.model.KnowledgeCheck;
import dev.playbook.model.Limit;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Section;
import dev.playbook.model.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a release published, page by page, as much as the next release's notes compare: ids,
 * paths, titles, section texts and limits. Each release keeps its snapshot in its own folder
 * ({@value #FILE}), so notes can be written against a release that is not rebuilt, or that is
 * not in git at all.
 */
@JsonPropertyOrder({"release", "pages", "questions", "feed"})
record ReleaseSnapshot(String release, List<PageSnapshot> pages, List<QuestionSnapshot> questions,
                       List<dev.playbook.feeds.FeedEntry> feed) {

    static final String FILE = "release-snapshot.json.gz";

    ReleaseSnapshot {
        Objects.requireNonNull(release, "release");
        pages = List.copyOf(pages);
        // Snapshots written before knowledge checks or feeds were recorded read as none.
        questions = questions == null ? List.of() : List.copyOf(questions);
        feed = feed == null ? List.of() : List.copyOf(feed);
    }

    /** The same snapshot with the feeds' entries as of this release, newest first. */
    ReleaseSnapshot withFeed(List<dev.playbook.feeds.FeedEntry> entries) {
        return new ReleaseSnapshot(release, pages, questions, entries);
    }

    /**
     * @param anchorAliases by page id, the old anchors the page keeps (old anchor to current anchor)
     * @param date          the day limits are judged on, which decides answers taken from the limits
     */
    static ReleaseSnapshot of(Site site, Function<String, PageContent> contents, Map<String, Map<String, String>> anchorAliases,
                              java.time.LocalDate date) {
        List<PageSnapshot> pages = new ArrayList<>();
        for (Page page : site.pages()) {
            PageContent content = contents.apply(page.id());
            List<LimitSnapshot> limits = new ArrayList<>();
            for (Limit limit : page.data().limits()) {
                limits.add(new LimitSnapshot(limit.role(), site.config().role(limit.role()).map(Role::title).orElse(limit.role()),
                        limit.extra(), limit.upTo().text(), limit.effective().map(Object::toString).orElse(""),
                        limit.until().map(Object::toString).orElse("")));
            }
            pages.add(new PageSnapshot(page.id(), page.url(), page.title(), page.type().id(),
                    page.type().is(PageType.STORY), content == null ? List.of() : content.sections(), limits,
                    anchorAliases.getOrDefault(page.id(), Map.of())));
        }
        return new ReleaseSnapshot(site.config().release(), pages, questions(site, date), List.of());
    }

    /** Every question of every course's checks, with its right answers on the date. */
    private static List<QuestionSnapshot> questions(Site site, java.time.LocalDate date) {
        List<QuestionSnapshot> questions = new ArrayList<>();
        for (Course course : site.courses()) {
            for (int m = 0; m < course.modules().size(); m++) {
                Optional<KnowledgeCheck> check = course.modules().get(m).check();
                if (check.isEmpty()) {
                    continue;
                }
                for (KnowledgeCheck.Question question : check.get().questions()) {
                    AnswerKey.Resolved resolved = AnswerKey.resolve(question, site, date);
                    questions.add(new QuestionSnapshot(course.id(), course.title(), m + 1, question.id(), question.situation(),
                            KnowledgeCheck.pageUrl(course.id(), m + 1), resolved.rightAnswers(),
                            question.answerFrom().isPresent()));
                }
            }
        }
        return questions;
    }

    /**
     * One question of a course's check: its right answers as published ({@code answer}), and whether
     * the limits decide them. Course, module and question id name it across releases.
     */
    @JsonPropertyOrder({"course", "courseTitle", "module", "id", "situation", "url", "answer", "fromLimits"})
    record QuestionSnapshot(String course, String courseTitle, int module, String id, String situation, String url,
                            String answer, boolean fromLimits) {
        String key() {
            return course + "\u0000" + module + "\u0000" + id;
        }
    }

    /** Page ids and their paths, sorted by id. */
    Map<String, String> paths() {
        Map<String, String> paths = new TreeMap<>();
        pages.forEach(p -> paths.put(p.id(), p.url()));
        return paths;
    }

    Optional<PageSnapshot> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * One page of a release. {@code anchorAliases} are the old anchors the page kept working (old to current);
     * snapshots written before they were recorded read as none.
     */
    @JsonPropertyOrder({"id", "url", "title", "type", "story", "sections", "limits", "anchorAliases"})
    record PageSnapshot(String id, String url, String title, String type, boolean story, List<Section> sections,
                        List<LimitSnapshot> limits, Map<String, String> anchorAliases) {
        PageSnapshot {
            sections = List.copyOf(sections);
            limits = List.copyOf(limits);
            anchorAliases = anchorAliases == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(anchorAliases));
        }
    }

    /** One limit on an extra, amounts as written. */
    @JsonPropertyOrder({"role", "roleTitle", "extra", "upTo", "effective", "until"})
    record LimitSnapshot(String role, String roleTitle, String extra, String upTo, String effective, String until) {
        /** Role and extra, case-blind, with the dates it applies: two releases' limits with one key are the same limit. */
        String key() {
            return role + "\u0000" + extra.strip().toLowerCase(java.util.Locale.ROOT) + "\u0000" + effective + "\u0000" + until;
        }
    }
}
