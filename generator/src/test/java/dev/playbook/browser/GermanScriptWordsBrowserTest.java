package dev.playbook.browser;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 3, in Chromium: the words the theme's scripts write (the header box's result list
 * and its status, the course bar) come from data-words in the page's language. A German edition of
 * the sample (content in English, the theme's words in German) says them in German, none in English.
 */
@ExtendWith(ChromiumInstalled.class)
class GermanScriptWordsBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(GermanScriptWordsBrowserTest::build);

    private static final String STEP = "2026.2/de/standards/greet-and-acknowledge.html?course=new-hire";
    /** The English the scripts would say without their words: any of these in the German edition is a miss. */
    private static final List<String> ENGLISH = List.of("See all results", "No results", " results", "1 result", "Search results",
            "Step ", " steps done", "Previous step", "Next step", "Last step", "Knowledge check", "Mark this step done",
            "Course: ", "Back to the course overview");

    private static Path build(Path temp) {
        Path repo = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();
        Path source = temp.resolve("playbook");
        try {
            copy(repo.resolve("playbook"), source);
            String config = Files.readString(source.resolve("playbook.yml"));
            Files.writeString(source.resolve("playbook.yml"), config.replace("languages:\n", """
                    languages:
                      de:
                        title: Larkspur Service-Handbuch
                    """));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path out = temp.resolve("out");
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result::toString);
        return out;
    }

    @Test
    void theHeaderBoxSaysItsResultsInGerman() {
        // The German edition has no German pages of its own: "refund" finds nothing in German, then,
        // with "Search all languages", the English pages.
        SITE.browser().open(SITE.url(Served.HTTP, "2026.2/de/index.html"));
        WebElement box = SITE.browser().find("#site-search-q");
        box.click();
        box.sendKeys("refund ");
        WebElement none = SITE.browser().await("no results in German", driver -> SITE.browser()
                .findAll(".site-search-none").stream().findFirst().orElse(null));
        String nothing = none.getText();
        assertEquals("Keine Ergebnisse für „refund“.", nothing);
        assertEquals("Keine Ergebnisse", status());
        assertEquals("Suchergebnisse", SITE.browser().find("#site-search-results").getDomAttribute("aria-label"));

        SITE.browser().find(".site-search-languages").click();
        WebElement all = SITE.browser().await("the results in every language", driver -> SITE.browser()
                .findAll(".site-search-all:not(.site-search-languages)").stream().findFirst().orElse(null));
        assertEquals("Alle Ergebnisse für „refund“", all.getText());
        String status = SITE.browser().await("the count", driver -> status().matches("\\d+\\+? Ergebnisse|1 Ergebnis") ? status() : null);
        assertNoEnglish(status + "\n" + all.getText() + "\n" + nothing);
    }

    private static String status() {
        return SITE.browser().find("form.site-search [role=status]").getDomProperty("textContent");
    }

    @Test
    void theCourseBarSaysItsStepInGerman() {
        SITE.browser().open(SITE.url(Served.HTTP, STEP));
        WebElement bar = SITE.browser().await("the course bar", driver -> {
            WebElement found = SITE.browser().find(".course-bar");
            return found.isDisplayed() && found.getText().contains("Schritt") ? found : null;
        });
        assertTrue(bar.getDomAttribute("aria-label").startsWith("Kurs: "), bar.getDomAttribute("aria-label"));
        String step = SITE.browser().find(".course-bar-step strong").getText();
        assertTrue(step.matches("Schritt \\d+ von \\d+"), step);
        assertTrue(SITE.browser().find(".course-bar-count").getText().matches("\\d+ von \\d+ Schritten erledigt"),
                SITE.browser().find(".course-bar-count").getText());
        StringBuilder labels = new StringBuilder(step);
        for (WebElement label : SITE.browser().findAll(".course-bar-link-label, .course-bar-done, .course-bar-module, .course-bar-count")) {
            labels.append('\n').append(label.getText());
        }
        assertTrue(labels.toString().contains("Diesen Schritt als erledigt markieren"), labels.toString());
        assertNoEnglish(labels.toString().replaceAll("(?m)^Modul \\d+: .*$", "Modul")); // the module's title is content
    }

    @Test
    void theEnglishCheckSeesEnglish() {
        // A check that cannot fail is a defect: the English it looks for is found in English.
        assertThrowsOnEnglish("Step 1 of 14");
        assertThrowsOnEnglish("See all results for “refund”");
    }

    private static void assertThrowsOnEnglish(String text) {
        boolean failed;
        try {
            assertNoEnglish(text);
            failed = false;
        } catch (AssertionError expected) {
            failed = true;
        }
        assertTrue(failed, "English not seen in: " + text);
    }

    private static void assertNoEnglish(String text) {
        List<String> found = ENGLISH.stream().filter(text::contains).toList();
        assertFalse(!found.isEmpty(), "English in the German edition: " + found + " in " + text);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
