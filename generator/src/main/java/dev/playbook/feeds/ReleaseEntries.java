package dev.playbook.feeds;

import dev.playbook.config.PageType;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entries a release adds to the feeds: the release itself, with a summary of its notes, and
 * every story it adds or changes (in the first release, every story). The earlier releases'
 * entries follow, newest first, up to {@value #LIMIT} in all.
 */
public final class ReleaseEntries {

    /** How many entries a feed keeps: enough for a reader that checks once a year. */
    public static final int LIMIT = 100;
    static final String NOTES = "release-notes.html";

    private ReleaseEntries() {
    }

    /**
     * @param earlier the previous release's entries, newest first (none for the first release)
     */
    public static List<FeedEntry> of(Site site, Function<String, PageContent> contents, ReleaseNotes notes, Instant date,
                                     List<FeedEntry> earlier) {
        String release = site.config().release();
        String when = DateTimeFormatter.ISO_INSTANT.format(date);
        List<FeedEntry> entries = new ArrayList<>();
        entries.add(new FeedEntry(FeedEntry.RELEASE, "", release, when, "", releaseTitle(site), NOTES,
                summary(notes), NotesSummary.html(notes, site)));
        List<FeedEntry> stories = new ArrayList<>();
        boolean first = notes.previous().isEmpty();
        for (Page page : site.pages()) {
            if (!page.type().is(PageType.STORY) || page.kind() != dev.playbook.model.PageKind.PAGE) {
                continue;
            }
            Optional<ReleaseNotes.Change> change = notes.changeOf(page.id());
            String kind = first || change.filter(c -> c == ReleaseNotes.Change.ADDED).isPresent() ? "added"
                    : change.filter(c -> c == ReleaseNotes.Change.CHANGED).isPresent() ? "changed" : "";
            if (kind.isEmpty()) {
                continue;
            }
            PageContent content = contents.apply(page.id());
            String summary = !page.summary().isEmpty() ? page.summary() : content == null ? "" : content.excerpt();
            stories.add(new FeedEntry(FeedEntry.STORY, kind, release, when, page.id(), page.title(), page.url(), summary,
                    content == null ? "" : content.html()));
        }
        stories.sort(Comparator.comparing(FeedEntry::title).thenComparing(FeedEntry::id));
        entries.addAll(stories);
        for (FeedEntry entry : earlier) {
            if (entries.size() >= LIMIT) {
                break;
            }
            if (!entry.release().equals(release)) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    static String releaseTitle(Site site) {
        String name = site.config().release();
        Optional<String> title = site.config().releaseTitle().map(String::strip).filter(t -> !t.isEmpty());
        // A title that names the release already ("Release 2026.2") is not repeated after it.
        return title.filter(t -> t.contains(name)).orElse("Release " + name + title.map(t -> ": " + t).orElse(""));
    }

    /** "2 new pages, 1 changed, 1 limit changed." in words a subscriber reads at a glance. */
    static String summary(ReleaseNotes notes) {
        if (notes.previous().isEmpty()) {
            return "The first release of the playbook.";
        }
        List<String> parts = new ArrayList<>();
        count(parts, notes.added().size(), "new page", "new pages");
        count(parts, notes.newStories().size(), "new story", "new stories");
        count(parts, notes.changed().size(), "page changed", "pages changed");
        count(parts, notes.renamed().size(), "page moved", "pages moved");
        count(parts, notes.removed().size(), "page removed", "pages removed");
        count(parts, notes.limits().size(), "limit changed", "limits changed");
        return parts.isEmpty() ? "No page changed since release " + notes.previous().get() + "."
                : capitalise(String.join(", ", parts)) + " since release " + notes.previous().get() + ".";
    }

    private static void count(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A path inside the release as an href relative to the release's notes page. */
    static String href(String path) {
        return UrlPaths.encode(path);
    }
}
