package dev.playbook.browser;

import dev.playbook.testing.ReleaseHistory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(ReleaseHistory::built);

    @TempDir
    static Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void switchingReleasesFollowsARenamedPage(Served served) {
        SITE.browser().open(url(served, "2026.1/standards/old-name.html"));
        WebElement switcher = SITE.browser().await("the switcher appears", d -> visible(".release-switcher"));
        Select releases = new Select(switcher.findElement(org.openqa.selenium.By.tagName("select")));
        assertEquals(List.of("2026.4 (current)", "2026.3", "2026.2", "2026.1"),
                releases.getOptions().stream().map(WebElement::getText).toList());
        assertEquals("2026.1", releases.getFirstSelectedOption().getAttribute("value"));

        releases.selectByValue("2026.4");
        switcher.findElement(org.openqa.selenium.By.tagName("button")).click();

        SITE.browser().await("the renamed page in 2026.4 opens",
                d -> d.getCurrentUrl().endsWith("/2026.4/standards/recover-from-mistakes.html"));
        assertEquals("Recover from mistakes", SITE.browser().find("h1").getText());
        assertEquals(0, SITE.browser().findAll(".banner-outdated").size(), "the latest release is not outdated");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anOlderReleaseSaysSoAndLinksToThePageInTheCurrentOne(Served served) {
        SITE.browser().open(url(served, "2026.1/standards/old-name.html"));
        WebElement banner = SITE.browser().await("the outdated banner appears", d -> visible(".banner-outdated"));
        assertEquals("You are reading release 2026.1. The current release is 2026.4. Read this page in release 2026.4",
                banner.getText());
        WebElement link = banner.findElement(org.openqa.selenium.By.tagName("a"));
        SITE.browser().await("the banner links to the renamed page",
                d -> link.getAttribute("href").endsWith("/2026.4/standards/recover-from-mistakes.html"));
        link.click();
        SITE.browser().await("the current page opens", d -> d.getCurrentUrl().endsWith("/2026.4/standards/recover-from-mistakes.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aPageMissingFromTheChosenReleaseLeadsToItsHomePage(Served served) {
        SITE.browser().open(url(served, "2026.1/guides/legacy.html"));
        WebElement switcher = SITE.browser().await("the switcher appears", d -> visible(".release-switcher"));
        new Select(switcher.findElement(org.openqa.selenium.By.tagName("select"))).selectByValue("2026.3");
        // Keyboard: the Go button submits with Enter.
        switcher.findElement(org.openqa.selenium.By.tagName("button")).sendKeys(Keys.ENTER);
        SITE.browser().await("2026.3's home page opens", d -> d.getCurrentUrl().endsWith("/2026.3/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void latestLinksLandOnTheLatestReleaseWithTheirAnchor(Served served) {
        SITE.browser().open(url(served, "latest/standards/greet.html") + "#when");
        SITE.browser().await("the latest release's page opens at its anchor",
                d -> d.getCurrentUrl().endsWith("/2026.4/standards/greet.html#when"));

        SITE.browser().open(url(served, "latest/guides/faq.html") + "#questions");
        SITE.browser().await("an old path is followed to the renamed page by its id",
                d -> d.getCurrentUrl().endsWith("/2026.4/guides/questions.html#questions"));

        SITE.browser().open(url(served, "index.html"));
        SITE.browser().await("the front door opens the latest release", d -> d.getCurrentUrl().endsWith("/2026.4/index.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aChangedPageLinksToItsEntryInTheReleaseNotes(Served served) {
        SITE.browser().open(url(served, "2026.2/standards/greet.html"));
        SITE.browser().find(".banner-release a").click();
        SITE.browser().await("the notes open at the page's entry", d -> d.getCurrentUrl().endsWith("/2026.2/release-notes.html#page-greet"));
        assertTrue(SITE.browser().find("#page-greet del").getText().contains("three metres."));
    }

    @org.junit.jupiter.api.Test
    void theOfflineBundleOpensFromDiskOnItsOwn() throws Exception {
        Path unzipped = temp.resolve("bundle");
        try (var zip = new java.util.zip.ZipFile(SITE.out().resolve("2026.2.zip").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Path file = unzipped.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(unzipped), entry.getName());
                java.nio.file.Files.createDirectories(file.getParent());
                try (var in = zip.getInputStream(entry)) {
                    java.nio.file.Files.copy(in, file);
                }
            }
        }
        SITE.browser().open(unzipped.resolve("playbook-2026.2/index.html").toUri().toString());
        SITE.browser().await("the bundle's release opens", d -> d.getCurrentUrl().endsWith("/playbook-2026.2/2026.2/index.html"));
        assertEquals("Test Playbook", SITE.browser().find("h1").getText());
        SITE.browser().find("#site-nav a[href='standards/recover-from-mistakes.html']").click();
        SITE.browser().await("its pages open", d -> d.getCurrentUrl().endsWith("/2026.2/standards/recover-from-mistakes.html"));
        assertEquals(0, SITE.browser().findAll(".banner-outdated").size(), "on its own, the bundle's release is the current one");
        assertTrue(java.nio.file.Files.isRegularFile(unzipped.resolve("playbook-2026.2/2026.2/search/index.properties")));
    }

    private static WebElement visible(String css) {
        List<WebElement> found = SITE.browser().findAll(css);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    private static String url(Served served, String path) {
        return SITE.url(served, path);
    }
}
