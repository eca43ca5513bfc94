package dev.playbook.browser;

import dev.playbook.build.BuildOptions;
import dev.playbook.serve.DevServer;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: a page stays open in Chromium while its Markdown is edited on disk; the page shows the
 * new text by itself, at the same scroll position, and shows the findings of a broken file as an
 * overlay until the file is fixed. The browser is never touched after the first load.
 */
@ExtendWith(ChromiumInstalled.class)
class ServeBrowserTest {

    private static final Duration REBUILD = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    private static TestPlaybook playbook;
    private static DevServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        playbook = TestPlaybook.in(root)
                .file("index.md", "# Home\n\nStart with [[greet]].\n")
                .file("standards/greet.md", greet("Say hello within ten seconds."));
        BuildOptions options = new BuildOptions(playbook.source(), "playbook", root.resolve("out"), "default", Optional.empty(),
                true, Optional.of(LocalDate.parse("2026-10-01")), true);
        server = DevServer.start(new DevServer.Settings(options, "127.0.0.1", 0, false, line -> { }));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try (Browser closing = browser; DevServer stopping = server) {
            // both closed even when a test failed
        }
    }

    private static String greet(String first) {
        StringBuilder text = new StringBuilder("---\ntitle: Greet every customer\n---\n" + first + "\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("## Step ").append(i).append("\n\nSmile, look up and say hello; paragraph ").append(i).append(".\n\n");
        }
        return text.toString();
    }

    @Test
    void anOpenPageShowsTheSavedTextAndTheFindingsOfABrokenFileByItself() {
        browser.open(server.address().resolve("/2026.2/standards/greet.html").toString());
        browser.script("window.scrollTo({top: 1500, behavior: 'instant'});");
        long scrolled = ((Number) browser.script("return Math.round(window.scrollY);")).longValue();
        assertTrue(scrolled > 1000, "the page is long enough to scroll: " + scrolled);

        playbook.file("standards/greet.md", greet("Say hello within five seconds."));
        until("the new text", d -> d.findElement(By.tagName("main")).getText().contains("Say hello within five seconds."));
        long after = ((Number) browser.script("return Math.round(window.scrollY);")).longValue();
        assertTrue(Math.abs(after - scrolled) < 50, "the scroll position is kept: " + scrolled + " then " + after);

        playbook.file("stories/broken.md", "---\ntype: story\nillustrates: [greeet]\n---\n# Broken\n");
        WebElement overlay = until("the error overlay", d -> d.findElements(By.id("playbook-serve-overlay")).stream()
                .findFirst().filter(WebElement::isDisplayed).orElse(null));
        assertEquals("alertdialog", overlay.getAttribute("role"));
        String text = overlay.getText();
        assertTrue(text.contains("The playbook has 1 error"), text);
        assertTrue(text.matches("(?s).*playbook/stories/broken\\.md:3:15: unknown id \"greeet\" in illustrates.*"), text);
        assertTrue(browser.find("main").getText().contains("Say hello within five seconds."), "the last good build stays");

        playbook.file("stories/broken.md", "---\ntype: story\nillustrates: [greet]\n---\n# Fixed\n");
        until("the overlay to go", d -> d.findElements(By.id("playbook-serve-overlay")).isEmpty());
        List<String> errors = browser.consoleErrors();
        assertEquals(List.of(), errors);
    }

    private static <T> T until(String what, Function<WebDriver, T> condition) {
        // A live reload can replace the page between finding an element and reading it: poll again.
        return new WebDriverWait(browser.driver(), REBUILD).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }
}
