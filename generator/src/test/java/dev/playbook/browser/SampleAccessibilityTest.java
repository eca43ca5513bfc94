package dev.playbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core over every page of the sample's release, in light and in dark mode (WCAG 2.2 AA and
 * best practices; in dark mode the colour rules, the rest being the same page): no violation. A page built to break the rules proves the audit can fail.
 */
@ExtendWith(ChromiumInstalled.class)
class SampleAccessibilityTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    @Test
    void everyPageOfTheSamplePassesAxeInLightAndDarkMode() throws IOException {
        AxeAudit axe = AxeAudit.load();
        Browser browser = SITE.browser();
        Path release = SITE.out().resolve(SampleSite.RELEASE);
        List<String> pages;
        try (Stream<Path> walk = Files.walk(release)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> release.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(pages.size() > 40, "the sample's pages: " + pages.size());
        // Issue 18: the Spanish edition is audited too, every page of it (translated or shown in English under its notice).
        long spanish = pages.stream().filter(p -> p.startsWith("es/")).count();
        assertEquals(pages.size() - spanish, spanish, "as many Spanish pages as English ones");
        Map<String, List<String>> found = new TreeMap<>();
        for (String page : pages) {
            browser.open(SITE.url(Served.HTTP, SampleSite.RELEASE + "/" + page));
            // The whole audit in light mode; in dark mode what depends on colour (the rest is the same page).
            for (String mode : List.of("light", "dark")) {
                browser.script("document.documentElement.setAttribute('data-theme', arguments[0])", mode);
                List<String> violations = mode.equals("light") ? axe.violations(browser) : axe.colourViolations(browser);
                if (!violations.isEmpty()) {
                    found.put(page + " (" + mode + ")", violations);
                }
            }
        }
        List<String> report = new ArrayList<>();
        found.forEach((page, violations) -> violations.forEach(v -> report.add(page + ": " + v)));
        assertEquals(List.of(), report, "axe violations on " + found.size() + " of " + pages.size() * 2 + " page views");
    }

    @Test
    void theAuditFailsOnAPageThatBreaksTheRules() {
        AxeAudit axe = AxeAudit.load();
        Browser browser = SITE.browser();
        browser.open(SITE.url(Served.HTTP, SampleSite.RELEASE + "/index.html"));
        browser.script("var i = document.createElement('img'); i.src = 'x.png'; document.querySelector('main').appendChild(i);"
                + "var p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#eeeeee';"
                + "document.querySelector('main').appendChild(p);");
        List<String> violations = axe.violations(browser);
        assertFalse(violations.stream().noneMatch(v -> v.startsWith("image-alt")), violations.toString());
        assertFalse(violations.stream().noneMatch(v -> v.startsWith("color-contrast")), violations.toString());
        browser.clearConsole();
    }
}
