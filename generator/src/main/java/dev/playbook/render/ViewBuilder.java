package dev.playbook.render;

import dev.playbook.config.PageType;
import dev.playbook.config.Role;
import dev.playbook.config.SiteConfig;
import dev.playbook.model.Ids;
import dev.playbook.model.Limit;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageData;
import dev.playbook.model.PageKind;
import dev.playbook.model.ReadingTime;
import dev.playbook.model.References;
import dev.playbook.model.ReleaseNotes;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.BannerView;
import dev.playbook.render.Views.ItemView;
import dev.playbook.render.Views.LimitView;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.MetaView;
import dev.playbook.render.Views.PageView;
import dev.playbook.render.Views.SiteView;
import dev.playbook.render.Views.StoryView;
import dev.playbook.render.Views.TocEntryView;
import dev.playbook.render.Views.TypeCardView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds what a template sees for one page: the page and its typed parts (limits, story, stories
 * that illustrate it, backlinks), the sidebar with the current page marked, breadcrumbs, previous
 * and next. Every href is made relative to the page being rendered.
 */
public final class ViewBuilder {

    static final int CARD_ITEMS = 6;
    /** A page that hundreds of pages link to lists the first ones in reading order. */
    static final int MAX_BACKLINKS = 100;

    private final Site site;
    private final SiteView siteView;
    private final Function<String, PageContent> contents;
    private final References references;
    private final LocalDate date;
    private final NavBuilder nav;
    /** A folder's pages and its subfolders' section pages, in reading order: what its section page lists. */
    /** Present when the site is one release among others. */
    private final Optional<ReleaseNotes> release;
    /** For each output path, the course steps that lead there ({@code course:step}). */
    private final Map<String, List<String>> courseSteps;
    private final dev.playbook.model.PageHistory history;

    /** The language pages are laid out in. */
    private final Localisation localisation;

    public ViewBuilder(Site site, String generatorVersion, Function<String, PageContent> contents, References references,
                       LocalDate date, List<LinkView> referencePages, Optional<ReleaseNotes> release,
                       dev.playbook.model.PageHistory history) {
        this(site, generatorVersion, contents, references, date, referencePages, release, history,
                Localisation.single(site.config().language(), Map.of(), "ltr"));
    }

    public ViewBuilder(Site site, String generatorVersion, Function<String, PageContent> contents, References references,
                       LocalDate date, List<LinkView> referencePages, Optional<ReleaseNotes> release,
                       dev.playbook.model.PageHistory history, Localisation localisation) {
        this.localisation = localisation;
        this.site = site;
        this.history = history;
        this.release = release;
        this.contents = contents;
        this.references = references;
        this.date = date;
        this.nav = new NavBuilder(site, referencePages, localisation.word("reference", "Reference"));
        this.courseSteps = CoursePages.stepsByUrl(site);
        SiteConfig config = site.config();
        this.siteView = new SiteView(config.title(), config.description(), config.organisation(), config.release(),
                config.releaseTitle().orElse(""), config.language(), generatorVersion);
    }

    /** Where a type's group header leads: its folder's section page, else its generated listing. */
    public static String typeUrl(Site site, PageType type) {
        return site.typeHome(type).map(Page::url).orElse(listingUrl(type));
    }

    public static String listingUrl(PageType type) {
        return "types/" + type.id() + ".html";
    }

    public static String tagUrl(String tag) {
        return "tags/" + Ids.slug(tag) + ".html";
    }

    Site site() {
        return site;
    }

    LocalDate date() {
        return date;
    }

    /** The data model for one page's template. */
    public Map<String, Object> model(Page page) {
        PageContent content = contents.apply(page.id());
        String from = page.url();
        PageData data = page.data();
        PageView view = new PageView(
                page.id(), page.title(), page.summary(), page.type().id(), page.type().title(),
                page.kind().name().toLowerCase(Locale.ROOT), page.tags(), content.html(),
                content.headings().stream()
                        .filter(h -> h.level() == 2 || h.level() == 3)
                        .map(h -> new TocEntryView(h.level(), h.id(), h.text())).toList(),
                breadcrumbs(page),
                site.previous(page).map(p -> link(from, p)).orElse(null),
                site.next(page).map(p -> link(from, p)).orElse(null),
                page.kind() == PageKind.SECTION ? children(page) : List.of(),
                page.kind() == PageKind.HOME ? typeCards(from) : List.of(),
                localisation.sourceOf(page.sourcePath()), content.words(), ReadingTime.minutes(content.words()),
                tagLinks(from, page.tags()),
                meta(page),
                banners(page),
                limits(page),
                story(from, page),
                references.storiesFor(page.id()).stream().map(id -> item(from, site.byId(id).orElseThrow())).toList(),
                references.referencedBy(page.id()).stream()
                        .filter(id -> !references.storiesFor(page.id()).contains(id))
                        .limit(MAX_BACKLINKS)
                        .map(id -> item(from, site.byId(id).orElseThrow())).toList(),
                data.related().stream().flatMap(id -> site.byId(id).stream()).map(p -> link(from, p)).toList(),
                page.kind() == PageKind.SECTION ? Filters.of(site, site.children(page.folder())) : List.of(),
                // A translated page is edited in its translation's file, an untranslated one in its original.
                site.config().hostLinks().editLink(UrlPaths.encode(localisation.sourceOf(page.sourcePath()))).orElse(null),
                invitesStories(page) ? site.config().hostLinks().newStoryUrl().orElse(null) : null);
        Map<String, Object> model = model(from, Optional.of(page), view);
        if (page.kind() == PageKind.HOME && ScoreboardPage.applies(site)) {
            model.put("scoreboard", ScoreboardPage.homeLink(site, from, localisation));
        }
        return model;
    }

    /** The common model around a view: site, root prefix, sidebar. */
    Map<String, Object> model(String url, Optional<Page> current, PageView view) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("root", UrlPaths.rootPrefix(url));
        model.put("nav", nav.nav(current, url));
        model.put("page", view);
        model.put("msg", localisation.messages());
        model.put("lang", languageView(url, current));
        model.put("settings", ThemeSettingsView.of(site.config().theme(), UrlPaths.rootPrefix(url)));
        List<String> steps = courseSteps.getOrDefault(url, List.of());
        if (!steps.isEmpty()) {
            model.put("courseSteps", steps);
        }
        release.ifPresent(notes -> model.put("release", releaseView(url, current, notes)));
        return model;
    }

    Localisation localisation() {
        return localisation;
    }

    private Views.LanguageView languageView(String url, Optional<Page> current) {
        if (!localisation.multilingual()) {
            return new Views.LanguageView(localisation.code(), localisation.dir(), List.of(), null, null, null, "");
        }
        // From this page to the release's folder, then into each language's folder.
        String release = UrlPaths.rootPrefix(url) + (localisation.primary() ? "" : "../");
        String path = UrlPaths.encode(url);
        List<Views.AlternateView> alternates = localisation.languages().stream()
                .map(l -> new Views.AlternateView(l.code(), l.name(), release + l.folder() + path,
                        l.code().equals(localisation.code()), l.dir(), release + l.folder()))
                .toList();
        Views.FallbackView fallback = null;
        String contentLang = null;
        if (!localisation.primary() && current.isPresent() && !localisation.translated().contains(current.get().sourcePath())) {
            // Each language named in this one, as a sentence writes it: "al español", "en inglés".
            String here = Locale.forLanguageTag(localisation.code()).getDisplayName(localisation.locale());
            String original = Locale.forLanguageTag(localisation.primaryCode()).getDisplayName(localisation.locale());
            String text = message("notTranslated", "This page is not translated into {0} yet; it is shown in {1}.")
                    .replace("{0}", here).replace("{1}", original);
            String translation = localisation.translationOf(current.get().sourcePath());
            String href = localisation.editUrl().map(u -> u.replace("{path}", translation)).orElse(null);
            fallback = new Views.FallbackView(text, href, message("translateThisPage", "Translate this page"));
            contentLang = localisation.primaryCode();
        }
        return new Views.LanguageView(localisation.code(), localisation.dir(), alternates, alternates.get(0).href(),
                fallback, contentLang, localisation.primary() ? "" : "../");
    }

    private String message(String key, String english) {
        return localisation.messages().getOrDefault(key, english);
    }

    private Views.ReleaseView releaseView(String url, Optional<Page> current, ReleaseNotes notes) {
        SiteConfig config = site.config();
        String root = UrlPaths.rootPrefix(url);
        Views.NoticeView notice = current.flatMap(page -> notes.changeOf(page.id()).map(change -> {
            String text = switch (change) {
                case ADDED -> localisation.text("newInRelease", config.release());
                case CHANGED -> localisation.text("changedInRelease", config.release());
                case RENAMED -> localisation.text("movedInRelease", config.release());
            };
            return new Views.NoticeView(change.name().toLowerCase(Locale.ROOT), text,
                    UrlPaths.relative(url, ReleaseNotesPage.URL) + "#" + ReleaseNotes.anchorOf(page.id()));
        })).orElse(null);
        List<LinkView> feeds = new ArrayList<>();
        if (config.baseUrl().isPresent() && history.releaseDate(config.releaseDate()).isPresent()) {
            // The feeds beside the releases: they follow every release, where a release's own stay as it was.
            feeds.add(new LinkView(config.title() + ": new releases and stories", root + "../" + FEED));
            boolean stories = current.map(this::invitesStories).orElse(false);
            if (stories) {
                feeds.add(new LinkView(config.title() + ": new stories", root + "../" + STORIES_FEED));
            }
        }
        return new Views.ReleaseView(config.release(), config.releaseTitle().orElse(""), config.releaseDate().orElse(""),
                root + (localisation.primary() ? "" : "../") + "../", UrlPaths.relative(url, ReleaseNotesPage.URL),
                root + (localisation.primary() ? "" : "../") + "../" + UrlPaths.encodeSegment(config.release() + ".zip"),
                current.map(Page::id).orElse(""), localisation.folder() + url, localisation.folder(), notice, feeds);
    }

    /** The site's Atom feed and its stories-only feed, beside the releases and inside each. */
    public static final String FEED = "feed.xml";
    public static final String STORIES_FEED = "feeds/stories.xml";

    /** A story page, or the home of a story type: where a "Suggest a story" link belongs. */
    private boolean invitesStories(Page page) {
        if (page.type().is(PageType.STORY) && page.kind() == PageKind.PAGE) {
            return true;
        }
        return site.types().stream().filter(t -> t.is(PageType.STORY))
                .anyMatch(t -> site.typeHome(t).filter(home -> home == page).isPresent());
    }

    /** A generated page's view: no source, a title, and listed items. */
    PageView generatedView(String id, String title, String summary, String type, String kind, String url,
                           List<ItemView> items, List<Views.FilterView> filters) {
        List<LinkView> crumbs = new ArrayList<>();
        site.home().ifPresent(h -> crumbs.add(link(url, h)));
        if (kind.equals("tag")) {
            crumbs.add(new LinkView(localisation.word("tagsTitle", "Tags"), UrlPaths.relative(url, GeneratedPages.TAGS)));
        }
        String typeTitle = site.config().type(type).map(PageType::plural).orElse("");
        return new PageView(id, title, summary, type, typeTitle, kind, List.of(), "", List.of(), crumbs, null, null, items,
                List.of(), "", 0, 0, List.of(), new MetaView("", List.of(), "", "", "", "", "", "", "", ""), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), filters, null,
                kind.equals("listing") && site.config().type(type).filter(t -> t.is(PageType.STORY)).isPresent()
                        ? site.config().hostLinks().newStoryUrl().orElse(null) : null);
    }

    private List<LinkView> tagLinks(String from, List<String> tags) {
        return tags.stream().map(t -> new LinkView(t, UrlPaths.relative(from, tagUrl(t)))).toList();
    }

    private MetaView meta(Page page) {
        PageData data = page.data();
        Optional<java.time.Instant> updated = history.of(page.sourcePath());
        return new MetaView(
                data.owner().map(this::roleTitle).orElse(""),
                data.audience().stream().map(this::roleTitle).toList(),
                data.reviewed().map(LocalDate::toString).orElse(""),
                data.effective().map(LocalDate::toString).orElse(""),
                data.until().map(LocalDate::toString).orElse(""),
                updated.map(i -> i.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString()).orElse(""),
                updated.map(i -> java.time.format.DateTimeFormatter.ISO_INSTANT.format(i)).orElse(""),
                data.reviewed().map(localisation::date).orElse(""),
                data.effective().map(localisation::date).orElse(""),
                data.until().map(localisation::date).orElse(""));
    }

    private List<BannerView> banners(Page page) {
        List<BannerView> banners = new ArrayList<>();
        if (page.draft()) {
            banners.add(new BannerView("draft", "Draft: this page is shown while editing and left out of the published site."));
        }
        page.data().effective().filter(date::isBefore).ifPresent(d ->
                banners.add(new BannerView("upcoming", "Effective from " + d + ". Until then, the current practice applies.")));
        page.data().until().filter(date::isAfter).ifPresent(d ->
                banners.add(new BannerView("expired", "No longer in force since " + d + ".")));
        return banners;
    }

    private List<LimitView> limits(Page page) {
        TermText terms = new TermText(site.glossary(), page.url(), page.id());
        return page.data().limits().stream().map(limit -> limit(limit, terms)).toList();
    }

    LimitView limit(Limit limit, TermText terms) {
        String status = limit.inForce(date) ? "in-force"
                : limit.effective().filter(date::isBefore).isPresent() ? "upcoming" : "expired";
        return new LimitView(limit.role(), roleTitle(limit.role()), limit.extra(), localisation.amount(limit.upTo()),
                limit.approval().orElse(""), limit.approval().map(this::roleTitle).orElse(""), limit.conditions(),
                limit.effective().map(LocalDate::toString).orElse(""), limit.until().map(LocalDate::toString).orElse(""),
                status, terms.parts(limit.extra()), terms.parts(limit.conditions()),
                limit.effective().map(localisation::date).orElse(""), limit.until().map(localisation::date).orElse(""));
    }

    private StoryView story(String from, Page page) {
        if (!page.type().is(PageType.STORY)) {
            return null;
        }
        PageData data = page.data();
        return new StoryView(
                data.context().map(c -> c.channel()).orElse(""),
                data.context().map(c -> c.situation()).orElse(""),
                data.outcome().orElse(""),
                data.illustrates().stream().flatMap(id -> site.byId(id).stream()).map(p -> link(from, p)).toList());
    }

    String roleTitle(String id) {
        return site.config().role(id).map(Role::title).orElse(id);
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
        List<ItemView> items = new ArrayList<>();
        for (Page page : site.children(section.folder())) {
            if (page != section) {
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

    ItemView item(String from, Page page) {
        PageContent content = contents.apply(page.id());
        String summary = page.summary().isEmpty() && content != null ? content.excerpt() : page.summary();
        return new ItemView(page.title(), UrlPaths.relative(from, page.url()), summary, page.type().id(), page.type().title(),
                page.tags().stream().map(Ids::slug).toList(), page.data().illustrates());
    }

    static LinkView link(String from, Page to) {
        return new LinkView(to.title(), UrlPaths.relative(from, to.url()));
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
