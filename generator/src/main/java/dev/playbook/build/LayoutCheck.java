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
 * report the same.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    static void check(Site site, Theme theme, Problems problems) {
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
}
