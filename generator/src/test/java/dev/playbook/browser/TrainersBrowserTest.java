package dev.playbook.browser;

import dev.playbook.testing.TestPlaybook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What trainers do with the playbook, in Chromium (issue 7): copy a heading's link and open it a
 * release later, after the page was renamed; follow the sample's course step by step and keep
 * progress; print the course handout and a page; embed a page; read a glossary term's definition.
 */
@ExtendWith(ChromiumInstalled.class)
class TrainersBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aCopiedLatestLinkToAHeadingLandsOnItsSectionAfterTheNextReleaseRenamedThePage(Served served, @TempDir Path dir) {
        TestPlaybook playbook = TestPlaybook.in(dir).file("playbook.yml", config("2026.1"))
                .file("index.md", "# Home\n\nSee [[greet]].\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n" + GREET.formatted("When to greet"));
        assertEquals(0, playbook.build().exitCode());
        try (StaticServer own = StaticServer.serve(playbook.out())) {
            String base = served == Served.HTTP ? own.url("") : playbook.out().toUri().toString();
            SITE.browser().open(base + "2026.1/standards/greet.html");
            WebElement heading = SITE.browser().find("h2#when-to-greet");
            new Actions(SITE.browser().driver()).moveToElement(heading).perform();
            heading.findElement(By.cssSelector(".copy-link")).click();
            WebElement panel = SITE.browser().await("the copy-link panel opens", d -> visible(".permalink-panel"));
            String latest = SITE.browser().find("#permalink-latest").getAttribute("value");
            String pinned = SITE.browser().find("#permalink-pinned").getAttribute("value");
            assertEquals(base + (served == Served.HTTP ? "go/greet/" : "go/greet.html") + "#when-to-greet", latest);
            assertEquals(base + "2026.1/standards/greet.html#when-to-greet", pinned);
            assertTrue(panel.getText().contains("Latest") && panel.getText().contains("This release"), panel.getText());
            panel.findElement(By.cssSelector(".permalink-copy")).click();
            SITE.browser().await("the copy is confirmed, or the link selected to copy by hand",
                    d -> !SITE.browser().find(".permalink-status").getText().isEmpty());
            SITE.browser().press(Keys.ESCAPE);
            SITE.browser().await("Escape closes the panel", d -> !SITE.browser().find(".permalink-panel").isDisplayed());

            // The next release renames the page (same id) and rewords the heading.
            playbook.file("playbook.yml", config("2026.2")).delete("standards/greet.md")
                    .file("standards/welcome.md", "---\nid: greet\ntitle: Welcome customers\n---\n" + GREET.formatted("When to say hello"));
            assertEquals(0, playbook.build().exitCode());

            SITE.browser().open(latest);
            SITE.browser().await("the renamed page in the new release opens at the reworded section",
                    d -> d.getCurrentUrl().endsWith("/2026.2/standards/welcome.html#when-to-say-hello"));
            assertEquals("Welcome customers", SITE.browser().find("h1").getText());
            assertTrue(this.<Boolean>inView("h2#when-to-say-hello"), "the section is on screen");
            SITE.browser().open(pinned);
            assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("/2026.1/standards/greet.html#when-to-greet"));
            assertEquals("Greet customers", SITE.browser().find("h1").getText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aCourseIsFollowedFromItsFirstToItsLastStep(Served served) {
        SITE.browser().open(sampleUrl(served, "courses/new-hire.html"));
        List<String> titles = SITE.browser().findAll(".course-step-title").stream().map(WebElement::getText).toList();
        assertTrue(titles.size() >= 12, "the sample course has a dozen steps or more: " + titles);
        SITE.browser().find(".course-start").click();
        for (int step = 1; step <= titles.size(); step++) {
            int number = step;
            WebElement bar = SITE.browser().await("the course bar of step " + number, d -> visible(".course-bar"));
            assertTrue(bar.findElement(By.cssSelector(".course-bar-step")).getText()
                    .startsWith("Step " + number + " of " + titles.size() + ": " + titles.get(number - 1)), bar.getText());
            assertEquals(number > 1, !bar.findElements(By.cssSelector(".course-bar-prev")).isEmpty(), "previous on step " + number);
            if (number < titles.size()) {
                // Enter, as a keyboard user would: the bar is at the top, the step may open further down.
                bar.findElement(By.cssSelector(".course-bar-next")).sendKeys(Keys.ENTER);
                SITE.browser().await("step " + (number + 1) + " opens", d -> d.getCurrentUrl().contains("step=" + (number + 1)));
            }
        }
        WebElement last = SITE.browser().find(".course-bar");
        assertTrue(last.findElements(By.cssSelector(".course-bar-next")).isEmpty(), "no next on the last step");
        assertEquals("Back to the course overview", last.findElement(By.cssSelector(".course-bar-end .course-bar-link-title")).getText());
        last.findElement(By.cssSelector(".course-bar-prev")).sendKeys(Keys.ENTER);
        SITE.browser().await("previous leads back a step", d -> d.getCurrentUrl().contains("step=" + (titles.size() - 1)));
        assertTrue(SITE.browser().await("the bar", d -> visible(".course-bar")).getText()
                .contains("Step " + (titles.size() - 1) + " of " + titles.size()));
    }

    @Test
    void progressIsKeptAfterAReloadAndCanBeReset() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/courses/new-hire.html"));
        int steps = SITE.browser().findAll(".course-step").size();
        SITE.browser().find(".course-start").click();
        WebElement done = SITE.browser().await("the course bar", d -> visible(".course-bar")).findElement(By.cssSelector(".course-bar-done input"));
        assertFalse(done.isSelected());
        done.sendKeys(Keys.SPACE);
        assertEquals("1 of " + steps + " steps done", SITE.browser().find(".course-bar-count").getText());

        SITE.browser().reload();
        WebElement kept = SITE.browser().await("the course bar after reload", d -> visible(".course-bar"))
                .findElement(By.cssSelector(".course-bar-done input"));
        assertTrue(kept.isSelected(), "the tick is kept");
        assertEquals("1 of " + steps + " steps done", SITE.browser().find(".course-bar-count").getText());

        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/courses/new-hire.html"));
        SITE.browser().await("the progress shows", d -> visible(".course-progress"));
        assertEquals("1 of " + steps + " steps done", SITE.browser().find(".course-progress-summary").getText());
        assertTrue(SITE.browser().findAll("input.step-done").get(0).isSelected());
        // By keyboard (the page scrolls smoothly, so pointer clicks on far elements miss).
        SITE.browser().findAll("input.step-done").get(2).sendKeys(Keys.SPACE);
        assertEquals("2 of " + steps + " steps done", SITE.browser().find(".course-progress-summary").getText());
        SITE.browser().find(".course-progress-reset").sendKeys(Keys.ENTER);
        assertTrue(SITE.browser().find(".course-progress-summary").getText().endsWith("0 of " + steps + " steps done"));
        SITE.browser().reload();
        SITE.browser().await("the progress shows", d -> visible(".course-progress"));
        assertTrue(SITE.browser().findAll("input.step-done").stream().noneMatch(WebElement::isSelected), "reset is kept");
    }

    @Test
    void theCourseHandoutPrintsEveryStepInOrderAModuleAPage() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/courses/new-hire-print.html"));
        List<String> steps = SITE.browser().findAll(".handout-step-title").stream().map(WebElement::getText).toList();
        int modules = SITE.browser().findAll(".handout-module").size();
        String notes = SITE.browser().find(".handout-notes p:last-child").getAttribute("textContent");
        Printed pdf = print();
        int from = 0;
        for (String step : steps) {
            int at = pdf.text().indexOf(words(step), from);
            assertTrue(at >= 0, "\"" + step + "\" printed after the previous step");
            from = at;
        }
        assertTrue(pdf.pages() >= modules + 1, "each module starts a page: " + pdf.pages() + " pages");
        assertFalse(pdf.text().contains(words(notes)), "trainer notes are left out unless asked for");
        assertFalse(pdf.text().contains("Playbook health"), "no navigation on paper");

        SITE.browser().find("#handout-notes").sendKeys(Keys.SPACE);
        assertTrue(print().text().contains(words(notes)), "ticked, the trainer notes print");
    }

    @Test
    void aPagePrintsWithoutNavigationAndWithTheAddressesOfItsLinks() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/standards/listen-first.html"));
        String text = print().text();
        assertTrue(text.contains("Listen first"), text);
        for (String navigation : List.of("Skip to content", "Sleeping bags for the scouts", "Playbook health", "On this page",
                "Copy link", "Search")) {
            assertFalse(text.contains(navigation), "\"" + navigation + "\" is navigation, not printed");
        }
        // Long addresses wrap anywhere on paper: compare without white space.
        assertTrue(text.replace(" ", "").contains(SITE.server().url(SampleSite.RELEASE + "/stories/when-the-answer-is-no.html")),
                "a link's address is printed: " + text);
    }

    @Test
    void embedModeShowsThePageAlone() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/standards/listen-first.html?embed=1"));
        for (String part : List.of(".site-header", ".sidebar", ".site-footer")) {
            assertFalse(SITE.browser().find(part).isDisplayed(), part + " hidden when embedded");
        }
        assertTrue(SITE.browser().find("h1").isDisplayed());
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/standards/listen-first.html"));
        assertTrue(SITE.browser().find(".site-header").isDisplayed() && SITE.browser().find(".sidebar").isDisplayed());
    }

    @Test
    void aGlossaryTermShowsItsDefinitionOnKeyboardFocusAndLeadsToTheGlossary() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/stories/the-parcel-that-never-came.html"));
        WebElement term = SITE.browser().find(".content .term");
        WebElement link = term.findElement(By.cssSelector(".term-link"));
        WebElement tip = term.findElement(By.cssSelector(".term-tip"));
        assertFalse(tip.isDisplayed(), "hidden until asked for");
        SITE.browser().script("arguments[0].focus()", link);
        SITE.browser().await("focus shows the definition", d -> tip.isDisplayed());
        assertEquals(tip.getAttribute("id"), link.getAttribute("aria-describedby"));
        SITE.browser().press(Keys.ESCAPE);
        SITE.browser().await("Escape hides it", d -> !tip.isDisplayed());
        String href = link.getAttribute("href");
        link.sendKeys(Keys.ENTER);
        SITE.browser().await("Enter opens the glossary at the term", d -> d.getCurrentUrl().equals(href));
        String anchor = href.substring(href.indexOf('#') + 1);
        assertTrue(SITE.browser().find("#" + anchor + " .glossary-term").isDisplayed());
    }

    private static final String GREET = """
            ## How

            Smile and say hello to every customer who comes in, and look up from the till.

            ## %s

            When a customer comes within three metres of you, or calls the store, or writes to us in chat.

            ## Escalation {#escalate}

            Ask your team lead.
            """ + "\n" + "Filler paragraph so the page scrolls. ".repeat(400) + "\n";

    private static String config(String release) {
        return "title: Test Playbook\nrelease: \"" + release + "\"\nlanguage: en\n";
    }

    private static String sampleUrl(Served served, String path) {
        return SITE.url(served, SampleSite.RELEASE + "/" + path);
    }

    private static WebElement visible(String css) {
        List<WebElement> found = SITE.browser().findAll(css);
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    @SuppressWarnings("unchecked")
    private <T> T inView(String css) {
        return (T) SITE.browser().script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;", css);
    }

    /** A PDF's text, white space made single spaces, and its page count. */
    private record Printed(String text, int pages) { }

    private static Printed print() {
        String base64 = ((PrintsPage) SITE.browser().driver()).print(new PrintOptions()).getContent();
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new Printed(words(stripper.getText(pdf)), pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
