package dev.playbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness hears what a page logs. Guards the other browser tests: if a Chromium or Selenium
 * update stopped the console from reaching us, "no console errors" would pass on any page.
 */
@ExtendWith(ChromiumInstalled.class)
class BrowserTest {

    private static final String NOISY_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Noisy</title></head>
            <body>
            <img src="missing.png" alt="">
            <script src="noisy.js"></script>
            </body></html>
            """;

    private static final String NOISY_SCRIPT = """
            console.error('logged error');
            console.warn('logged warning');
            console.log('plain log');
            undefinedFunction();
            """;

    @TempDir
    static Path temp;

    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(temp.resolve("noisy.html"), NOISY_PAGE);
        Files.writeString(temp.resolve("noisy.js"), NOISY_SCRIPT);
        Files.writeString(temp.resolve("quiet.html"), "<!DOCTYPE html><title>Quiet</title><p>Nothing to say.</p>");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try (Browser closing = browser) {
            // closed even when a test failed
        }
    }

    @Test
    void collectsErrorsFailedLoadsAndUncaughtExceptions() {
        browser.clearConsole();
        browser.open(temp.resolve("noisy.html").toUri().toString());

        List<String> errors = browser.consoleErrors();
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(message -> message.contains("missing.png")), errors::toString);
        assertTrue(errors.stream().anyMatch(message -> message.contains("\"logged error\"")), errors::toString);
        assertTrue(errors.stream().anyMatch(message -> message.contains("Uncaught ReferenceError: undefinedFunction")), errors::toString);
        List<String> warnings = browser.consoleWarnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("\"logged warning\""), warnings::toString);
    }

    @Test
    void clearConsoleForgetsEarlierPages() {
        browser.open(temp.resolve("noisy.html").toUri().toString());
        browser.clearConsole();
        browser.open(temp.resolve("quiet.html").toUri().toString());

        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(List.of(), browser.consoleWarnings());
    }
}
