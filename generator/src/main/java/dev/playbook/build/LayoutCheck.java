package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.Page;
import dev.playbook.model.Site;
import dev.playbook.render.TemplateEngine;
import dev.playbook.theme.Theme;

import java.util.List;

/**
 * Every {@code layout:} names a template of the theme. One that does not (Jekyll's {@code post},
 * Hugo's {@code docs}: pages brought from another generator) is a warning, and the page is laid
 * out with the default template. Checked with the other checks, so {@code check} and {@code build}
 * report the same. So is a page whose address is one Playbook generates ({@code search.html},
 * {@code authority.html}, a listing, a course page): an error at the page, where the writer would
 * otherwise only find the clash while laying out.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    static void check(Site site, Theme theme, Problems problems) {
        checkGeneratedUrls(site, problems);
        List<String> layouts = TemplateEngine.layoutsOf(theme);
        for (Page page : site.pages()) {
            if (page.layout().isEmpty()) {
                continue;
            }
            String wanted = page.layout().get().strip();
            if (!layouts.contains(wanted)) {
                problems.warning(page.frontMatter().valuePositionOf("/layout"), "unknown template \"" + wanted + "\""
                        + Suggestions.didYouMean(wanted, layouts) + "; the page uses the default template"
                        + " (the theme has: " + String.join(", ", layouts) + ")");
            }
        }
    }

    private static void checkGeneratedUrls(Site site, Problems problems) {
        java.util.Set<String> generated = dev.playbook.render.GeneratedPages.urls(site);
        for (Page page : site.pages()) {
            if (generated.contains(page.url())) {
                problems.error(new dev.playbook.diag.SourcePosition(page.display(), 1, 1), "this page would publish " + page.url()
                        + ", which Playbook generates for every playbook like this one; rename the file (or give it"
                        + " another address) so both can be published");
            }
        }
    }

    /** The logo and the icon {@code theme:} names are files of the playbook, published as they are. */
    static void checkThemeFiles(dev.playbook.config.ThemeSettings settings, Site site, dev.playbook.load.SourceTree sources,
                                Problems problems) {
        java.util.Set<String> statics = new java.util.HashSet<>();
        sources.statics().forEach(file -> statics.add(file.path()));
        List<java.util.Map.Entry<String, java.util.Optional<dev.playbook.config.ThemeSettings.NamedFile>>> named = List.of(
                java.util.Map.entry("logo", settings.logo()), java.util.Map.entry("favicon", settings.favicon()));
        for (var entry : named) {
            entry.getValue().filter(file -> !statics.contains(file.path())).ifPresent(file -> problems.error(file.at(),
                    entry.getKey() + " \"" + file.path() + "\" is not a file of the playbook"
                            + Suggestions.didYouMean(file.path(), statics) + "; put the image in the playbook folder"
                            + " (e.g. images/) and give its path from there"));
        }
        java.util.Set<String> targets = new java.util.HashSet<>(statics);
        site.pages().forEach(page -> targets.add(page.url()));
        targets.addAll(dev.playbook.render.GeneratedPages.urls(site));
        targets.add(dev.playbook.render.ReleaseNotesPage.URL);
        for (dev.playbook.config.ThemeSettings.Link link : settings.links()) {
            String path = link.url().replaceFirst("[?#].*", "");
            if (!link.external() && !path.isEmpty() && !targets.contains(path)) {
                problems.error(link.at(), "link \"" + link.url() + "\" leads to nothing in the release"
                        + Suggestions.didYouMean(path, targets) + "; give the published path of a page, e.g. \"index.html\"");
            }
        }
    }
}
