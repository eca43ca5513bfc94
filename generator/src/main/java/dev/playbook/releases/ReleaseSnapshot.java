package dev.playbook.releases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.playbook.config.PageType;
import dev.playbook.config.Role;
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
@JsonPropertyOrder({"release", "pages", "feed"})
record ReleaseSnapshot(String release, List<PageSnapshot> pages, List<dev.playbook.feeds.FeedEntry> feed) {

    static final String FILE = "release-snapshot.json.gz";

    ReleaseSnapshot {
        Objects.requireNonNull(release, "release");
        pages = List.copyOf(pages);
        feed = feed == null ? List.of() : List.copyOf(feed); // snapshots written before feeds have none
    }

    /** The same snapshot with the feeds' entries as of this release, newest first. */
    ReleaseSnapshot withFeed(List<dev.playbook.feeds.FeedEntry> entries) {
        return new ReleaseSnapshot(release, pages, entries);
    }

    static ReleaseSnapshot of(Site site, Function<String, PageContent> contents) {
        return of(site, contents, Map.of());
    }

    /** @param anchorAliases by page id, the old anchors the page keeps (old anchor to current anchor) */
    static ReleaseSnapshot of(Site site, Function<String, PageContent> contents, Map<String, Map<String, String>> anchorAliases) {
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
        return new ReleaseSnapshot(site.config().release(), pages, List.of());
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
