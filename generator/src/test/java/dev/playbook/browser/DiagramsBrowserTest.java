package dev.playbook.browser;

import dev.playbook.safety.ContentSecurityPolicy;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mermaid code blocks drawn as diagrams in Chromium, from disk and over HTTP, under the
 * Content-Security-Policy the site's pages carry: scripts only from the site itself, and on pages
 * with a diagram inline styles too (mermaid styles each SVG with a {@code <style>} of its own).
 * Pages without a diagram load no mermaid. Any console error or warning fails a test.
 */
@ExtendWith(ChromiumInstalled.class)
class DiagramsBrowserTest {

    /** The policy of every page; diagram pages add {@code 'unsafe-inline'} to style-src, nothing else. */
    static final String POLICY = ContentSecurityPolicy.SITE.value();
    static final String DIAGRAM_POLICY = ContentSecurityPolicy.DIAGRAMS.value();

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(DiagramsBrowserTest::build);

    private static Path build(Path dir) {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("index.md", "# Handbook\n\nSee [the escalation path](escalation.md).\n")
                .file("escalation.md", """
                        # Escalation path

                        ```mermaid
                        flowchart LR
                          A[Customer calls] --> B{Can I fix it?}
                          B -->|yes| C[Fix it now]
                          B -->|no| D[Warm hand-off]
                        ```

                        And the call itself:

                        ```mermaid
                        sequenceDiagram
                          Customer->>Agent: My parcel never came
                          Agent-->>Customer: I will sort it out today
                        ```
                        """)
                .file("broken.md", "# Broken\n\n```mermaid\nflowchart LR\n  A[unclosed --> \n```\n")
                .file("plain.md", "# Plain\n\n```java\nint x = 1;\n```\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        return site.out();
    }

    private void open(Served served, String page) {
        SITE.browser().open(SITE.url(served, "2026.2/" + page));
    }

    @ParameterizedTest
    @EnumSource(Served.class)
    void diagramsDrawAsSvgUnderThePolicy(Served served) {
        open(served, "escalation.html");
        Browser browser = SITE.browser();
        assertEquals(DIAGRAM_POLICY, browser.find("meta[http-equiv=Content-Security-Policy]").getAttribute("content"));
        List<WebElement> svgs = browser.await("both diagrams drawn", d -> {
            List<WebElement> found = browser.findAll("main figure.diagram > svg");
            return found.size() == 2 ? found : null;
        });
        assertTrue(svgs.get(0).getText().contains("Customer calls"), svgs.get(0).getText());
        assertTrue(svgs.get(0).getText().contains("Warm hand-off"));
        assertTrue(svgs.get(1).getText().contains("I will sort it out today"), svgs.get(1).getText());
        // Mermaid's own stylesheet applied (a blocked <style> would leave the shapes filled black).
        String fill = browser.script("return getComputedStyle(document.querySelector('figure.diagram svg .node rect,"
                + " figure.diagram svg .node polygon')).fill");
        assertNotEquals("rgb(0, 0, 0)", fill, "mermaid's styles apply");
        for (WebElement source : browser.findAll("main pre.diagram-source")) {
            assertFalse(source.isDisplayed(), "the drawn diagram's source is hidden on screen");
        }
        assertEquals(2, browser.findAll("main pre.diagram-source").size(), "and stays in the page for print");
    }

    @ParameterizedTest
    @EnumSource(Served.class)
    void pagesWithoutADiagramLoadNoMermaid(Served served) {
        open(served, "plain.html");
        Browser browser = SITE.browser();
        assertEquals(POLICY, browser.find("meta[http-equiv=Content-Security-Policy]").getAttribute("content"));
        assertEquals(List.of(), browser.findAll("script[src*=mermaid], script[src*=diagrams]"));
        assertEquals(Boolean.TRUE, browser.script("return typeof window.mermaid === 'undefined'"));
        assertTrue(browser.find("main pre code.language-java").isDisplayed());
    }

    @Test
    void switchingToDarkRedrawsInTheDarkTheme() {
        open(Served.HTTP, "escalation.html");
        Browser browser = SITE.browser();
        String light = browser.await("drawn", d -> browser.findAll("main figure.diagram > svg").size() == 2
                ? (String) browser.script("return getComputedStyle(document.querySelector('figure.diagram svg .node rect')).fill") : null);
        browser.script("document.documentElement.setAttribute('data-theme', 'dark')");
        String dark = browser.await("redrawn dark", d -> {
            String now = browser.script("return getComputedStyle(document.querySelector('figure.diagram svg .node rect')).fill");
            return now.equals(light) ? null : now;
        });
        assertNotEquals(light, dark);
    }

    @Test
    void aDiagramThatCannotBeDrawnKeepsItsSourceWithANote() {
        open(Served.FILE, "broken.html");
        Browser browser = SITE.browser();
        WebElement note = browser.await("the note", d -> browser.findAll("main .diagram-error").stream().findFirst().orElse(null));
        assertTrue(note.getText().startsWith("This diagram could not be drawn: "), note.getText());
        assertTrue(browser.find("main pre code.language-mermaid").isDisplayed(), "the source stays on screen");
        browser.clearConsole();
    }
}
