package dev.playbook.render;

import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.config.PageType;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.ItemView;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.NavEntryView;
import dev.playbook.render.Views.NavGroupView;
import dev.playbook.render.Views.PageView;
import dev.playbook.render.Views.SiteView;
import dev.playbook.render.Views.TocEntryView;
import dev.playbook.render.Views.TypeCardView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds what a template sees for one page: the page, the sidebar with the current page marked,
 * breadcrumbs, previous and next. Every href is made relative to the page being rendered.
 */
public final class ViewBuilder {

    /** Groups larger than this list only the pages around the current one. */
    static final int FULL_GROUP_LIMIT = 80;
    static final int CARD_ITEMS = 6;
    static final int WORDS_PER_MINUTE = 200;

    private final Site site;
    private final SiteView siteView;
    private final Function<String, PageContent> contents;
    private final List<NavGroup> groups;

    public ViewBuilder(Site site, String generatorVersion, Function<String, PageContent> contents) {
        this.site = site;
        this.contents = contents;
        this.groups = NavGroup.of(site);
        var config = site.config();
        this.siteView = new SiteView(config.title(), config.description(), config.organisation(), config.release(),
                config.releaseTitle().orElse(""), config.language(), generatorVersion);
    }

    public SiteView site() {
        return siteView;
    }

    /** The data model for one page's template. */
    public Map<String, Object> model(Page page) {
        PageContent content = contents.apply(page.id());
        String from = page.url();
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("root", UrlPaths.rootPrefix(from));
        model.put("nav", nav(Optional.of(page), from));
        model.put("page", new PageView(
                page.id(), page.title(), page.summary(), page.type().id(), page.type().title(),
                page.kind().name().toLowerCase(java.util.Locale.ROOT), page.tags(), content.html(),
                content.headings().stream()
                        .filter(h -> h.level() == 2 || h.level() == 3)
                        .map(h -> new TocEntryView(h.level(), h.id(), h.text())).toList(),
                breadcrumbs(page),
                site.previous(page).map(p -> link(from, p)).orElse(null),
                site.next(page).map(p -> link(from, p)).orElse(null),
                page.kind() == PageKind.SECTION ? children(page) : List.of(),
                page.kind() == PageKind.HOME ? typeCards(from) : List.of(),
                page.sourcePath(), content.words(), Math.max(1, Math.round(content.words() / (float) WORDS_PER_MINUTE))));
        return model;
    }

    /** The data model for a generated listing of one type's pages, at {@code url}. */
    public Map<String, Object> listingModel(PageType type, String url) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("root", UrlPaths.rootPrefix(url));
        model.put("nav", nav(Optional.empty(), url));
        List<ItemView> items = site.ofType(type).stream().map(p -> item(url, p)).toList();
        List<LinkView> crumbs = site.home().map(h -> List.of(link(url, h))).orElse(List.of());
        model.put("page", new PageView("type-" + type.id(), type.plural(), "", type.id(), type.title(), "listing",
                List.of(), "", List.of(), crumbs, null, null, items, List.of(), "", 0, 0));
        return model;
    }

    /** Where a type's group header leads: its folder's section page, else its generated listing. */
    public static String typeUrl(Site site, PageType type) {
        return site.typeHome(type).map(Page::url).orElse(listingUrl(type));
    }

    public static String listingUrl(PageType type) {
        return "types/" + type.id() + ".html";
    }

    private List<NavGroupView> nav(Optional<Page> current, String from) {
        List<NavGroupView> groups = new ArrayList<>(this.groups.size());
        for (NavGroup group : this.groups) {
            PageType type = group.type();
            boolean inGroup = current.isPresent() && current.get().type().equals(type) && current.get().kind() != PageKind.HOME;
            List<Page> shown = group.pages().size() <= FULL_GROUP_LIMIT ? group.pages()
                    : inGroup ? near(group.byFolder().getOrDefault(current.get().folder(), List.of()), current.get()) : List.of();
            List<NavEntryView> entries = new ArrayList<>(shown.size());
            for (Page p : shown) {
                entries.add(new NavEntryView(p.title(), href(from, p),
                        p.kind() != PageKind.SECTION && group.sectionFolders().contains(p.folder()) ? 1 : 0,
                        current.isPresent() && current.get() == p, p.kind() == PageKind.SECTION));
            }
            LinkView more = shown.size() < group.pages().size()
                    ? new LinkView("All " + group.pages().size() + " " + type.plural().toLowerCase(java.util.Locale.ROOT),
                            UrlPaths.relative(from, group.url()))
                    : null;
            boolean currentIsHome = current.isPresent() && group.home().isPresent() && current.get() == group.home().get();
            groups.add(new NavGroupView(type.id(), type.plural(), UrlPaths.relative(from, group.url()),
                    inGroup || currentIsHome, group.pages().size(), entries, more));
        }
        return groups;
    }

    /** One sidebar group, indexed once per build so each page's sidebar costs what it shows. */
    private record NavGroup(PageType type, List<Page> pages, Optional<Page> home, String url,
                            Set<String> sectionFolders, Map<String, List<Page>> byFolder) {

        static List<NavGroup> of(Site site) {
            List<NavGroup> groups = new ArrayList<>();
            for (PageType type : site.types()) {
                List<Page> pages = site.ofType(type);
                Optional<Page> home = site.typeHome(type);
                if (pages.isEmpty() && home.isEmpty()) {
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
                groups.add(new NavGroup(type, pages, home, typeUrl(site, type), sections, byFolder));
            }
            return List.copyOf(groups);
        }
    }

    /** The current page's folder-mates of the same type, at most a window around the current page. */
    private static List<Page> near(List<Page> folderMates, Page current) {
        if (folderMates.size() <= FULL_GROUP_LIMIT) {
            return folderMates;
        }
        int at = folderMates.indexOf(current);
        int start = Math.max(0, Math.min(at - FULL_GROUP_LIMIT / 2, folderMates.size() - FULL_GROUP_LIMIT));
        return folderMates.subList(start, start + FULL_GROUP_LIMIT);
    }

    private List<LinkView> breadcrumbs(Page page) {
        List<LinkView> crumbs = new ArrayList<>();
        if (page.kind() == PageKind.HOME) {
            return crumbs;
        }
        site.home().ifPresent(home -> crumbs.add(link(page.url(), home)));
        String folder = page.kind() == PageKind.SECTION ? parent(page.folder()) : page.folder();
        List<String> folders = new ArrayList<>();
        for (String f = folder; !f.isEmpty(); f = parent(f)) {
            folders.add(0, f);
        }
        for (String f : folders) {
            Optional<Page> section = site.sectionPage(f);
            crumbs.add(section.map(s -> link(page.url(), s))
                    .orElse(new LinkView(humanise(f.substring(f.lastIndexOf('/') + 1)), null)));
        }
        return crumbs;
    }

    private List<ItemView> children(Page section) {
        String folder = section.folder();
        List<ItemView> items = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            boolean direct = page.kind() == PageKind.PAGE && page.folder().equals(folder);
            boolean subsection = page.kind() == PageKind.SECTION && parent(page.folder()).equals(folder);
            if (page != section && (direct || subsection)) {
                items.add(item(section.url(), page));
            }
        }
        return items;
    }

    private List<TypeCardView> typeCards(String from) {
        List<TypeCardView> cards = new ArrayList<>();
        for (PageType type : site.types()) {
            List<Page> pages = site.ofType(type);
            if (pages.isEmpty()) {
                continue;
            }
            cards.add(new TypeCardView(type.id(), type.plural(), pages.size(), UrlPaths.relative(from, typeUrl(site, type)),
                    pages.stream().limit(CARD_ITEMS).map(p -> item(from, p)).toList()));
        }
        return cards;
    }

    private ItemView item(String from, Page page) {
        return new ItemView(page.title(), href(from, page), summaryOf(page, contents.apply(page.id())),
                page.type().id(), page.type().title());
    }

    private static String summaryOf(Page page, PageContent content) {
        return page.summary().isEmpty() ? content.excerpt() : page.summary();
    }

    private static LinkView link(String from, Page to) {
        return new LinkView(to.title(), href(from, to));
    }

    private static String href(String from, Page to) {
        return UrlPaths.relative(from, to.url());
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    private static String humanise(String name) {
        String words = name.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
