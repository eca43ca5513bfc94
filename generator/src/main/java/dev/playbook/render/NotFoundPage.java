package dev.playbook.render;

import dev.playbook.model.Page;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.LinkView;
import dev.playbook.render.Views.NavEntryView;
import dev.playbook.render.Views.NavGroupView;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #URL}, the page web hosts show for an address that has no file: the search box and the
 * most visited sections (the home page and the sidebar's groups). A host serves it at whatever
 * depth the missing address had, so every link is root-relative: the release's folder under the
 * path of {@code base-url} ({@code /service/2026.2/}), or under {@code /} without one.
 */
public final class NotFoundPage {

    public static final String URL = "404.html";

    private NotFoundPage() {
    }

    /** The release's folder as a root-relative path, ending in a slash. */
    public static String rootPath(dev.playbook.config.SiteConfig config) {
        String base = config.baseUrl().map(u -> Optional.ofNullable(URI.create(u).getRawPath()).orElse("")).orElse("")
                .replaceAll("/+$", "");
        return base + "/" + UrlPaths.encodeSegment(config.release()) + "/";
    }

    public static GeneratedPages.Generated of(ViewBuilder views) {
        String release = rootPath(views.site().config());
        String root = release + views.localisation().folder();
        Map<String, Object> model = views.model(URL, Optional.empty(), views.generatedView("not-found",
                views.localisation().text("notFoundTitle"), views.localisation().text("notFoundSummary"), "not-found", "not-found", URL, List.of(), List.of()));
        model.put("root", root);
        model.put("settings", ThemeSettingsView.of(views.site().config().theme(), root));
        // The switcher and the copy-link panel find the release from the page's own depth: not here.
        model.remove("release");
        @SuppressWarnings("unchecked")
        List<NavGroupView> nav = (List<NavGroupView>) model.get("nav");
        List<NavGroupView> rooted = nav.stream().map(group -> rooted(group, root)).toList();
        model.put("nav", rooted);
        // Served at any depth: the other languages' 404 pages by their paths from the host's root too.
        Views.LanguageView lang = (Views.LanguageView) model.get("lang");
        if (!lang.alternates().isEmpty()) {
            List<Localisation.Alternate> languages = views.localisation().languages();
            List<Views.AlternateView> alternates = new ArrayList<>();
            for (int i = 0; i < lang.alternates().size(); i++) {
                Views.AlternateView a = lang.alternates().get(i);
                alternates.add(new Views.AlternateView(a.code(), a.name(), release + languages.get(i).folder() + URL, a.current(), a.dir(), release + languages.get(i).folder()));
            }
            model.put("lang", lang.withAlternates(alternates, alternates.get(0).href()));
        }
        List<LinkView> sections = new ArrayList<>();
        Optional<Page> home = views.site().home();
        home.ifPresent(h -> sections.add(new LinkView(h.title(), root + UrlPaths.encode(h.url()))));
        for (NavGroupView group : rooted) {
            sections.add(new LinkView(group.title(), group.href()));
        }
        model.put("sections", sections);
        return new GeneratedPages.Generated(URL, "not-found", model);
    }

    private static NavGroupView rooted(NavGroupView group, String root) {
        List<NavEntryView> entries = group.entries().stream().map(e -> new NavEntryView(e.title(), root + e.href(), e.depth(),
                false, e.section())).toList();
        LinkView more = group.more() == null ? null : new LinkView(group.more().title(), root + group.more().href());
        return new NavGroupView(group.id(), group.title(), root + group.href(), false, group.count(), entries, more);
    }
}
