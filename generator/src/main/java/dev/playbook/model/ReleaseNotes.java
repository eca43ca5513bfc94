package dev.playbook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in a release against the one before it, page by page (pages are matched by id, so
 * a moved page is renamed, not removed and added). Templates show it as the release notes page
 * and mark each changed page; {@code changes.json} publishes the same data.
 *
 * @param release  the release these notes describe
 * @param previous the release compared against; empty for the first release
 */
public record ReleaseNotes(String release, Optional<String> previous, List<PageRef> added, List<PageRef> removed,
                           List<Renamed> renamed, List<ChangedPage> changed, List<LimitChange> limits,
                           List<PageRef> newStories, List<QuestionChange> questions) {

    public ReleaseNotes {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(previous, "previous");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
        limits = List.copyOf(limits);
        newStories = List.copyOf(newStories);
        questions = List.copyOf(questions);
    }

    public ReleaseNotes(String release, Optional<String> previous, List<PageRef> added, List<PageRef> removed,
                        List<Renamed> renamed, List<ChangedPage> changed, List<LimitChange> limits, List<PageRef> newStories) {
        this(release, previous, added, removed, renamed, changed, limits, newStories, List.of());
    }

    /** Notes of a release with nothing to compare against. */
    public static ReleaseNotes first(String release) {
        return new ReleaseNotes(release, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The anchor of a page's entry on the notes page. */
    public static String anchorOf(String pageId) {
        return "page-" + pageId;
    }

    /** How the page with this id changed in this release, if it did. */
    public Optional<Change> changeOf(String pageId) {
        if (added.stream().anyMatch(p -> p.id().equals(pageId))) {
            return Optional.of(Change.ADDED);
        }
        if (changed.stream().anyMatch(p -> p.id().equals(pageId))) {
            return Optional.of(Change.CHANGED);
        }
        if (renamed.stream().anyMatch(p -> p.id().equals(pageId))) {
            return Optional.of(Change.RENAMED);
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty() && limits.isEmpty()
                && questions.isEmpty();
    }

    /** How a page changed. */
    public enum Change { ADDED, CHANGED, RENAMED }

    /** A page by id, title and URL (in the release it belongs to). */
    public record PageRef(String id, String title, String url, String type) {
        public PageRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A knowledge-check question whose right answer changed (most often because a limit it is built on did):
     * the answers before and after, joined with "; ".
     *
     * @param url the check's page in this release
     */
    public record QuestionChange(String course, String courseTitle, int module, String id, String situation, String url,
                                 String before, String after, boolean fromLimits) {
        public QuestionChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** A page that kept its id and moved to another URL. */
    public record Renamed(String id, String title, String from, String to) { }

    /** A page whose text changed: each section added, removed or changed. */
    public record ChangedPage(String id, String title, String url, List<SectionChange> sections) {
        public ChangedPage {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One section of a changed page. {@code heading} is empty for the introduction; {@code words}
     * is the word diff of its text (for an added section, all added; removed, all removed).
     */
    public record SectionChange(String anchor, String heading, Kind kind, List<DiffPart> words) {
        public SectionChange {
            words = List.copyOf(words);
        }

        /** What happened to the section. */
        public enum Kind { ADDED, REMOVED, CHANGED }
    }

    /** A run of words of a diff: kept, inserted or deleted. */
    public record DiffPart(Kind kind, String text) {
        /** Whether the words are in both texts, only the new one or only the old one. */
        public enum Kind { SAME, ADDED, REMOVED }
    }

    /**
     * A limit on an extra that changed: {@code before} or {@code after} is empty when the limit is
     * new or gone. Amounts are as editors wrote them ("up to $25").
     */
    public record LimitChange(String pageId, String pageTitle, String url, String role, String roleTitle, String extra,
                              Optional<String> before, Optional<String> after) {
        public LimitChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
