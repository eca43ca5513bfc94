package dev.playbook.render;

import dev.playbook.config.PageType;
import dev.playbook.model.Page;
import dev.playbook.model.PageKind;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.NavEntryView;
import dev.playbook.render.Views.NavGroupView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sidebar: one group per page type, then the generated reference pages. Groups are indexed
 * once per build, so each page's sidebar costs only what it shows; a group too large to list
 * whole shows the current page's folder-mates and a link to the rest.
 */
final class NavBuilder {

    static final int FULL_GROUP_LIMIT = 80;

    private final List<Group> groups;
    private final List<LinkView> reference;
    private final String referenceTitle;
    private final Site labels;

    /** @param reference the generated pages (authority matrix, tags, health) as root-relative links */
    NavBuilder(Site site, List<LinkView> reference, String referenceTitle) {
        this.referenceTitle = referenceTitle;
        this.groups = Group.of(site);
        this.labels = site;
        this.reference = List.copyOf(reference);
    }

    List<NavGroupView> nav(Optional<Page> current, String from) {
        List<NavGroupView> out = new ArrayList<>(groups.size() + 1);
        for (Group group : groups) {
            PageType type = group.type();
            boolean inGroup = current.isPresent() && current.get().type().equals(type) && current.get().kind() != PageKind.HOME;
            List<Page> shown = group.pages().size() <= FULL_GROUP_LIMIT ? group.pages()
                    : inGroup ? near(group.byFolder().getOrDefault(current.get().folder(), List.of()), current.get()) : List.of();
            List<NavEntryView> entries = new ArrayList<>(shown.size());
            for (Page p : shown) {
                entries.add(new NavEntryView(labels.navLabel(p).orElse(p.title()), UrlPaths.relative(from, p.url()),
                        p.kind() != PageKind.SECTION && group.sectionFolders().contains(p.folder()) ? 1 : 0,
                        current.isPresent() && current.get() == p, p.kind() == PageKind.SECTION));
            }
            LinkView more = shown.size() < group.pages().size()
                    ? new LinkView("All " + group.pages().size() + " " + type.plural().toLowerCase(Locale.ROOT),
                            UrlPaths.relative(from, group.url()))
                    : null;
            boolean atGroupHome = from.equals(group.url());
            out.add(new NavGroupView(type.id(), type.plural(), UrlPaths.relative(from, group.url()),
                    inGroup || atGroupHome, group.pages().size(), entries, more));
        }
        if (!reference.isEmpty()) {
            List<NavEntryView> entries = new ArrayList<>();
            boolean here = false;
            for (LinkView link : reference) {
                boolean isCurrent = from.equals(link.href())
                        || (link.href().equals(GeneratedPages.TAGS) && from.startsWith("tags/"));
                here |= isCurrent;
                entries.add(new NavEntryView(link.title(), UrlPaths.relative(from, link.href()), 0, isCurrent, false));
            }
            out.add(new NavGroupView("reference", referenceTitle, UrlPaths.relative(from, reference.get(0).href()), here,
                    entries.size(), entries, null));
        }
        return out;
    }

    private static List<Page> near(List<Page> folderMates, Page current) {
        if (folderMates.size() <= FULL_GROUP_LIMIT) {
            return folderMates;
        }
        int at = folderMates.indexOf(current);
        int start = Math.max(0, Math.min(at - FULL_GROUP_LIMIT / 2, folderMates.size() - FULL_GROUP_LIMIT));
        return folderMates.subList(start, start + FULL_GROUP_LIMIT);
    }

    /** One type's group, indexed by folder. */
    private record Group(PageType type, List<Page> pages, String url, Set<String> sectionFolders,
                         Map<String, List<Page>> byFolder) {

        static List<Group> of(Site site) {
            List<Group> groups = new ArrayList<>();
            for (PageType type : site.types()) {
                List<Page> pages = site.ofType(type);
                if (pages.isEmpty() && site.typeHome(type).isEmpty()) {
                    continue;
                }
                Set<String> sections = new HashSet<>();
                Map<String, List<Page>> byFolder = new HashMap<>();
                for (Page page : pages) {
                    if (page.kind() == PageKind.SECTION) {
                        sections.add(page.folder());
                    }
                    byFolder.computeIfAbsent(page.folder(), f -> new ArrayList<>()).add(page);
                }
                groups.add(new Group(type, pages, ViewBuilder.typeUrl(site, type), sections, byFolder));
            }
            return List.copyOf(groups);
        }
    }
}
