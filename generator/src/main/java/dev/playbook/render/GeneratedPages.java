package dev.playbook.render;

import dev.playbook.config.PageType;
import dev.playbook.config.Role;
import dev.playbook.diag.Problem;
import dev.playbook.model.Ids;
import dev.playbook.model.Limit;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.model.References;
import dev.playbook.model.Site;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.CountView;
import dev.playbook.render.Views.CoverageView;
import dev.playbook.render.Views.FindingView;
import dev.playbook.render.Views.HealthView;
import dev.playbook.render.Views.ItemView;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.MatrixCellView;
import dev.playbook.render.Views.MatrixRowView;
import dev.playbook.render.Views.MatrixView;
import dev.playbook.render.Views.PageView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pages the playbook implies rather than contains: a listing per type, tag pages, the authority
 * matrix, the health page, the search page, and the pages of courses and the glossary. Each is a
 * URL, a template and a model.
 */
public final class GeneratedPages {

    public static final String AUTHORITY = dev.playbook.model.StepTarget.AUTHORITY_URL;
    public static final String TAGS = "tags/index.html";
    public static final String HEALTH = "health.html";
    public static final String SEARCH = "search.html";

    /** One generated page: where it goes, which template renders it, and what the template sees. */
    public record Generated(String url, String layout, Map<String, Object> model) { }

    private GeneratedPages() {
    }

    /** The reference pages the sidebar links to, as root-relative links, titled in English. */
    public static List<LinkView> referenceLinks(Site site) {
        return referenceLinks(site, Localisation.single("en", java.util.Map.of(), "ltr"));
    }

    /** The reference pages the sidebar links to, as root-relative links, titled in the language's words. */
    public static List<LinkView> referenceLinks(Site site, Localisation words) {
        List<LinkView> links = new ArrayList<>();
        if (site.pages().stream().anyMatch(p -> !p.data().limits().isEmpty())) {
            links.add(new LinkView(words.word("authorityMatrix", "Authority matrix"), AUTHORITY));
        }
        if (!site.glossary().isEmpty()) {
            links.add(new LinkView(words.word("glossary", "Glossary"), dev.playbook.model.Glossary.URL));
        }
        if (!site.courses().isEmpty()) {
            links.add(new LinkView(words.word("coursesTitle", "Courses"), CoursePages.INDEX));
        }
        if (site.pages().stream().anyMatch(p -> !p.tags().isEmpty())) {
            links.add(new LinkView(words.word("tagsTitle", "Tags"), TAGS));
        }
        if (ScoreboardPage.applies(site)) {
            links.add(new LinkView(words.word("scoreboard", "Scoreboard"), ScoreboardPage.URL));
        }
        links.add(new LinkView(words.word("playbookHealth", "Playbook health"), HEALTH));
        return links;
    }

    /** Every URL this class generates for a site, so that pages may link to them. */
    public static java.util.Set<String> urls(Site site) {
        java.util.Set<String> urls = new java.util.TreeSet<>();
        referenceLinks(site).forEach(link -> urls.add(link.href()));
        urls.add(SEARCH);
        for (PageType type : site.types()) {
            if (!site.ofType(type).isEmpty()) {
                urls.add(ViewBuilder.listingUrl(type));
            }
        }
        site.pages().forEach(page -> page.tags().forEach(tag -> urls.add(ViewBuilder.tagUrl(tag))));
        urls.addAll(CoursePages.urls(site));
        return urls;
    }

    /**
     * @param handouts each course's steps as its handout shows them, by course id (see {@link CoursePages})
     */
    public static List<Generated> all(ViewBuilder views, Function<String, PageContent> contents, References references,
                                      List<Problem> findings, Map<String, List<String>> handouts) {
        Site site = views.site();
        List<Generated> pages = new ArrayList<>();
        for (PageType type : site.types()) {
            List<Page> ofType = site.ofType(type);
            if (!ofType.isEmpty()) {
                String url = ViewBuilder.listingUrl(type);
                pages.add(new Generated(url, "listing", views.model(url, Optional.empty(), views.generatedView(
                        "type-" + type.id(), type.plural(), "", type.id(), "listing", url, items(views, url, ofType),
                        Filters.of(site, ofType)))));
            }
        }
        Map<String, List<Page>> byTag = new TreeMap<>();
        for (Page page : site.readingOrder()) {
            page.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page));
        }
        if (!byTag.isEmpty()) {
            List<ItemView> tagItems = new ArrayList<>();
            byTag.forEach((tag, tagged) -> tagItems.add(new ItemView(tag, UrlPaths.relative(TAGS, ViewBuilder.tagUrl(tag)),
                    tagged.size() + " " + views.localisation().text(tagged.size() == 1 ? "page" : "pages"), "tag",
                    views.localisation().word("tag", "Tag"), List.of(), List.of())));
            pages.add(new Generated(TAGS, "listing", views.model(TAGS, Optional.empty(),
                    views.generatedView("tags", views.localisation().word("tagsTitle", "Tags"),
                            views.localisation().text("tagsSummary"), "tags", "tags", TAGS, tagItems,
                            List.of()))));
            byTag.forEach((tag, tagged) -> {
                String url = ViewBuilder.tagUrl(tag);
                pages.add(new Generated(url, "listing", views.model(url, Optional.empty(), views.generatedView(
                        "tag-" + Ids.slug(tag), views.localisation().text("tagged", tag), "", "tag", "tag", url, items(views, url, tagged),
                        List.of()))));
            });
        }
        if (site.pages().stream().anyMatch(p -> !p.data().limits().isEmpty())) {
            Map<String, Object> model = views.model(AUTHORITY, Optional.empty(), views.generatedView("authority",
                    views.localisation().text("authorityMatrix"), views.localisation().text("authoritySummary"),
                    "authority", "authority", AUTHORITY, List.of(), List.of()));
            model.put("matrix", matrix(views, AUTHORITY));
            pages.add(new Generated(AUTHORITY, "authority", model));
        }
        Map<String, Object> health = views.model(HEALTH, Optional.empty(), views.generatedView("health", views.localisation().text("playbookHealth"),
                views.localisation().text("healthSummary"), "health", "health", HEALTH,
                List.of(), List.of()));
        health.put("health", health(views, contents, references, findings));
        pages.add(new Generated(HEALTH, "health", health));
        if (ScoreboardPage.applies(site)) {
            pages.add(ScoreboardPage.page(views));
        }
        pages.add(new Generated(SEARCH, "search", views.model(SEARCH, Optional.empty(), views.generatedView("search",
                views.localisation().text("search"), "", "search", "search", SEARCH, List.of(), List.of()))));
        pages.addAll(CoursePages.all(views, contents, handouts));
        return pages;
    }

    private static List<ItemView> items(ViewBuilder views, String url, List<Page> pages) {
        return pages.stream().map(p -> views.item(url, p)).toList();
    }

    /** Every role against every extra, limits in force on the build date, linked to their pages from {@code from}. */
    static MatrixView matrix(ViewBuilder views, String from) {
        Site site = views.site();
        List<String> roles = new ArrayList<>(site.config().roles().stream().map(Role::id).toList());
        Map<String, String> extras = new LinkedHashMap<>();
        Map<String, MatrixCellView> cells = new LinkedHashMap<>();
        List<LinkView> upcoming = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            for (Limit limit : page.data().limits()) {
                if (!roles.contains(limit.role())) {
                    roles.add(limit.role());
                }
                String key = limit.extra().toLowerCase(Locale.ROOT);
                if (limit.inForce(views.date())) {
                    extras.putIfAbsent(key, limit.extra());
                    cells.put(limit.key(), new MatrixCellView(views.localisation().amount(limit.upTo()),
                            limit.approval().map(views::roleTitle).orElse(""), limit.conditions(),
                            limit.until().map(views.localisation()::date).orElse(""), UrlPaths.relative(from, page.url()), page.title()));
                } else if (limit.effective().filter(views.date()::isBefore).isPresent()) {
                    upcoming.add(new LinkView(views.localisation().text("upcomingLimit", views.localisation().date(limit.effective().get()),
                            views.roleTitle(limit.role()), limit.extra(), views.localisation().amount(limit.upTo()), page.title()),
                            UrlPaths.relative(from, page.url())));
                }
            }
        }
        List<MatrixRowView> rows = new ArrayList<>();
        extras.forEach((key, extra) -> {
            List<MatrixCellView> row = new ArrayList<>();
            for (String role : roles) {
                row.add(cells.get(role + "\u0000" + key));
            }
            rows.add(new MatrixRowView(extra, row));
        });
        return new MatrixView(views.date().toString(), views.localisation().date(views.date()),
                roles.stream().map(r -> new MatrixView.Role(r, views.roleTitle(r))).toList(), rows, upcoming);
    }

    static HealthView health(ViewBuilder views, Function<String, PageContent> contents, References references,
                             List<Problem> findings) {
        Site site = views.site();
        List<CountView> counts = new ArrayList<>();
        for (PageType type : site.types()) {
            counts.add(new CountView(type.plural(), site.ofType(type).size(),
                    UrlPaths.relative(HEALTH, ViewBuilder.typeUrl(site, type))));
        }
        List<String> sections = site.config().standardSections();
        List<CoverageView> standards = new ArrayList<>();
        for (Page page : site.readingOrder()) {
            if (!page.type().is(PageType.STANDARD) || page.kind() != PageKind.PAGE) {
                continue;
            }
            PageContent content = contents.apply(page.id());
            boolean limits = content.links().stream().anyMatch(l -> site.byId(l.toId())
                    .filter(t -> t.type().is(PageType.PARAMETER)).isPresent())
                    || page.data().related().stream().anyMatch(id -> site.byId(id).filter(t -> t.type().is(PageType.PARAMETER)).isPresent());
            List<Boolean> present = sections.stream().map(content::hasSection).toList();
            int stories = references.storiesFor(page.id()).size();
            standards.add(new CoverageView(page.title(), UrlPaths.relative(HEALTH, page.url()), present, stories, limits,
                    !present.contains(false) && stories > 0 && limits));
        }
        List<FindingView> open = findings.stream().map(p -> new FindingView(p.severity().label(),
                p.file() + (p.line() > 0 && !p.file().isEmpty() ? ":" + p.line() : ""), p.message())).toList();
        return new HealthView(views.date().toString(), sections, counts, standards, open);
    }
}
