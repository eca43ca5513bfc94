package dev.playbook.browser;

import dev.playbook.build.BuildOptions;
import dev.playbook.serve.DevServer;
import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18 under {@code serve}, in Chromium: a Spanish page stays open while its translation is
 * edited and shows the new Spanish by itself; an untranslated Spanish page shows the English
 * original's edit by itself; the language switcher works on served pages. The browser is not
 * touched between an edit and the new text.
 */
@ExtendWith(ChromiumInstalled.class)
class ServeLanguagesBrowserTest {

    private static final Duration REBUILD = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    private static TestPlaybook playbook;
    private static DevServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        playbook = MultilingualPlaybook.threeLanguages(root);
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

    @Test
    void editingATranslationOrItsFallbacksOriginalReloadsTheOpenPage() throws IOException {
        browser.open(server.address().resolve("/2026.2/es/standards/greet.html").toString());
        assertEquals("Saluda a cada cliente", browser.find("h1").getText());
        edit("standards/greet.es.md", "Di hola y mira al cliente.", "Di hola, sonríe y mira al cliente.");
        until("the new Spanish", d -> d.findElement(By.tagName("main")).getText().contains("Di hola, sonríe y mira al cliente."));

        browser.open(server.address().resolve("/2026.2/es/standards/listen.html").toString());
        until("the notice", d -> d.findElement(By.cssSelector(".banner-untranslated")).isDisplayed());
        edit("standards/listen.md", "Let the customer finish.", "Let the customer finish, then ask.");
        until("the original's edit on the fallback page", d -> d.findElement(By.tagName("main")).getText().contains("then ask."));

        browser.find(".language-switcher a[hreflang=ar]").click();
        until("the Arabic page", d -> d.getCurrentUrl().endsWith("/2026.2/ar/standards/listen.html")
                && d.findElement(By.tagName("main")).getText().contains("then ask."));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(playbook.source().resolve(path));
        assertEquals(true, text.contains(from), path);
        playbook.file(path, text.replace(from, to));
    }

    private static <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), REBUILD).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }
}
