package dev.playbook.browser;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.ReleaseHistory;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releases in Chromium, opened from disk and from a web server: the switcher follows a renamed
 * page by its id, an older release says it is outdated, latest/ links land on the latest release
 * with their anchor.
 */
@ExtendWith(ChromiumInstalled.class)
class ReleasesBrowserTest {

    /** The two ways readers open a published playbook. */
    enum Served { FILE, HTTP }

    @TempDir
    static Path temp;

    private static Path site;
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        try (GitPlaybook git = ReleaseHistory.create(temp.resolve("repo"))) {
            TestPlaybook playbook = git.playbook();
            TestPlaybook.Result result = playbook.build("--all-releases");
            assertEquals(0, result.exitCode(), result::toString);
            site = playbook.out();
        }
        server = StaticServer.serve(site);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try (StaticServer closingServer = server; Browser closingBrowser = browser) {
            // both closed, even if one fails
        }
    }

    @BeforeEach
    void freshWindow() {
        browser.resize(Browser.DESKTOP);
        browser.clearConsole();
    }

    @AfterEach
    void noPageLoggedAnErrorOrWarning() {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        assertEquals(List.of(), browser.consoleWarnings(), "console warnings");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void switchingReleasesFollowsARenamedPage(Served served) {
        browser.open(url(served, "2026.1/standards/old-name.html"));
        WebElement switcher = browser.await("the switcher appears", d -> visible(".release-switcher"));
        Select releases = new Select(switcher.findElement(org.openqa.selenium.By.tagName("select")));
        assertEquals(List.of("2026.4 (current)", "2026.3", "2026.2", "2026.1"),
                releases.getOptions().stream().map(WebElement::getText).toList());
        assertEquals("2026.1", releases.getFirstSelectedOption().getAttribute("value"));

        releases.selectByValue("2026.4");
        switcher.findElement(org.openqa.selenium.By.tagName("button")).click();

        browser.await("the renamed page in 2026.4 opens",
                d -> d.getCurrentUrl().endsWith("/2026.4/standards/recover-from-mistakes.html"));
        assertEquals("Recover from mistakes", browser.find("h1").getText());
        assertEquals(0, browser.findAll(".banner-outdated").size(), "the latest release is not outdated");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anOlderReleaseSaysSoAndLinksToThePageInTheCurrentOne(Served served) {
        browser.open(url(served, "2026.1/standards/old-name.html"));
        WebElement banner = browser.await("the outdated banner appears", d -> visible(".banner-outdated"));
        assertEquals("You are reading release 2026.1. The current release is 2026.4. Read this page in release 2026.4",
                banner.getText());
        WebElement link = banner.findElement(org.openqa.selenium.By.tagName("a"));
        browser.await("the banner links to the renamed page",
                d -> link.getAttribute("href").endsWith("/2026.4/standards/recover-from-mistakes.html"));
        link.click();
        browser.await("the current page opens", d -> d.getCurrentUrl().endsWith("/2026.4/standards/recover-from-mistakes.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aPageMissingFromTheChosenReleaseLeadsToItsHomePage(Served served) {
        browser.open(url(served, "2026.1/guides/legacy.html"));
        WebElement switcher = browser.await("the switcher appears", d -> visible(".release-switcher"));
        new Select(switcher.findElement(org.openqa.selenium.By.tagName("select"))).selectByValue("2026.3");
        // Keyboard: the Go button submits with Enter.
        switcher.findElement(org.openqa.selenium.By.tagName("button")).sendKeys(Keys.ENTER);
        browser.await("2026.3's home page opens", d -> d.getCurrentUrl().endsWith("/2026.3/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void latestLinksLandOnTheLatestReleaseWithTheirAnchor(Served served) {
        browser.open(url(served, "latest/standards/greet.html") + "#when");
        browser.await("the latest release's page opens at its anchor",
                d -> d.getCurrentUrl().endsWith("/2026.4/standards/greet.html#when"));

        browser.open(url(served, "latest/guides/faq.html") + "#questions");
        browser.await("an old path is followed to the renamed page by its id",
                d -> d.getCurrentUrl().endsWith("/2026.4/guides/questions.html#questions"));

        browser.open(url(served, "index.html"));
        browser.await("the front door opens the latest release", d -> d.getCurrentUrl().endsWith("/2026.4/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aChangedPageLinksToItsEntryInTheReleaseNotes(Served served) {
        browser.open(url(served, "2026.2/standards/greet.html"));
        browser.find(".banner-release a").click();
        browser.await("the notes open at the page's entry", d -> d.getCurrentUrl().endsWith("/2026.2/release-notes.html#page-greet"));
        assertTrue(browser.find("#page-greet del").getText().contains("three metres."));
    }

    @org.junit.jupiter.api.Test
    void theOfflineBundleOpensFromDiskOnItsOwn() throws Exception {
        Path unzipped = temp.resolve("bundle");
        try (var zip = new java.util.zip.ZipFile(site.resolve("2026.2.zip").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Path file = unzipped.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(unzipped), entry.getName());
                java.nio.file.Files.createDirectories(file.getParent());
                try (var in = zip.getInputStream(entry)) {
                    java.nio.file.Files.copy(in, file);
                }
            }
        }
        browser.open(unzipped.resolve("playbook-2026.2/index.html").toUri().toString());
        browser.await("the bundle's release opens", d -> d.getCurrentUrl().endsWith("/playbook-2026.2/2026.2/index.html"));
        assertEquals("Test Playbook", browser.find("h1").getText());
        browser.find("#site-nav a[href='standards/recover-from-mistakes.html']").click();
        browser.await("its pages open", d -> d.getCurrentUrl().endsWith("/2026.2/standards/recover-from-mistakes.html"));
        assertEquals(0, browser.findAll(".banner-outdated").size(), "on its own, the bundle's release is the current one");
        assertTrue(java.nio.file.Files.isRegularFile(unzipped.resolve("playbook-2026.2/2026.2/search/index.properties")));
    }

    private static WebElement visible(String css) {
        List<WebElement> found = browser.findAll(css);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static String url(Served served, String path) {
        return served == Served.FILE ? site.resolve(path).toUri().toString() : server.url(path);
    }
}
