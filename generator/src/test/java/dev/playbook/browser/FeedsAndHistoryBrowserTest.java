package dev.playbook.browser;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds, edit links, "Last updated" and the 404 page in Chromium (issue 17), on a playbook in a
 * real git repository served over HTTP the way GitHub Pages and Netlify serve a site: a missing
 * address gets {@code /404.html} with status 404.
 */
@ExtendWith(ChromiumInstalled.class)
class FeedsAndHistoryBrowserTest {

    private static final String EDIT = "https://git.example.org/team/playbook/edit/main/playbook/";

    @TempDir
    static Path temp;

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void build() {
        try (GitPlaybook git = GitPlaybook.init(temp, "title: Served Playbook\nrelease: \"1.0\"\nrelease-date: 2026-05-01\n"
                + "base-url: https://playbook.example.org\nedit-url: " + EDIT + "{path}\n"
                + "new-story-url: https://git.example.org/team/playbook/issues/new?template=story.md\n")) {
            git.file("index.md", "# Home\n\nStart with [greeting](standards/greet.md) and the [stories](stories/index.md).\n")
                    .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile and say hello.\n")
                    .file("stories/index.md", "# Stories\n\n[The parcel](parcel.md)\n")
                    .file("stories/parcel.md", "---\ntitle: The parcel\ntype: story\nillustrates: [greet]\n---\nIt came late.\n")
                    .commit("first", Instant.parse("2026-01-10T08:00:00Z"));
            git.file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile, say hello, offer help.\n")
                    .commit("greet edited", Instant.parse("2026-02-20T16:45:00Z"));
            TestPlaybook.Result result = git.playbook().build("-q");
            assertEquals(0, result.exitCode(), result::toString);
            server = StaticServer.serveWithNotFoundPage(git.playbook().out(), "404.html");
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try (StaticServer closingServer = server; Browser closingBrowser = browser) {
            // both closed, whatever failed
        }
    }

    @BeforeEach
    void clear() {
        browser.clearConsole();
    }

    @Test
    void pagesLinkAFeedThatIsServedAsAtom() {
        browser.open(server.url("1.0/standards/greet.html"));
        WebElement link = browser.find("head link[rel=alternate][type='application/atom+xml']");
        assertEquals(server.url("feed.xml"), link.getDomProperty("href"));
        String feed = browser.script("const r = await fetch(arguments[0]); return r.status + ' ' + (await r.text());",
                link.getDomProperty("href"));
        assertTrue(feed.startsWith("200 <?xml"), feed);
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), feed);
        assertTrue(feed.contains("<title>The parcel</title>"), feed);
        browser.open(server.url("1.0/stories/parcel.html"));
        assertEquals(List.of(server.url("feed.xml"), server.url("feeds/stories.xml")),
                browser.findAll("head link[rel=alternate]").stream().map(e -> e.getDomProperty("href")).toList());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theEditLinkLeadsToThePagesSourceAndLastUpdatedIsTheCommitsDate() {
        browser.open(server.url("1.0/standards/greet.html"));
        WebElement edit = browser.find("a.page-edit");
        assertTrue(edit.isDisplayed());
        assertEquals(EDIT + "standards/greet.md", edit.getDomProperty("href"));
        WebElement updated = browser.find(".page-updated time");
        assertEquals("2026-02-20", updated.getText());
        assertEquals("2026-02-20T16:45:00Z", updated.getDomAttribute("datetime"));
        assertEquals("Last updated", browser.find(".page-updated dt").getText());

        browser.open(server.url("1.0/stories/parcel.html"));
        assertEquals(EDIT + "stories/parcel.md", browser.find("a.page-edit").getDomProperty("href"));
        assertEquals("2026-01-10", browser.find(".page-updated time").getText());
        assertTrue(browser.find("a.page-new-story").isDisplayed());
    }

    @Test
    void aMissingDeepAddressShowsTheNotFoundPageWithWorkingSearchAndSections() {
        browser.open(server.url("1.0/standards/old/deeper/still/missing.html"));
        assertEquals("Page not found", browser.find("h1").getText());
        // The stylesheets load from a root-relative path: the header is laid out, not a bare list.
        assertEquals("flex", browser.<String>script(
                "return getComputedStyle(document.querySelector('.site-header-inner')).display;"));
        List<String> sections = browser.findAll(".not-found-sections a").stream().map(WebElement::getText).toList();
        assertTrue(sections.containsAll(List.of("Home", "Standards", "Stories")), sections.toString());

        WebElement box = browser.find("#not-found-q");
        box.sendKeys("smile");
        box.sendKeys(Keys.ENTER);
        browser.await("the search page opens", d -> d.getCurrentUrl().equals(server.url("1.0/search.html?q=smile")));
        browser.await("a result for the greeting", d -> !d.findElements(
                org.openqa.selenium.By.cssSelector(".search-results .search-hit")).isEmpty());

        browser.open(server.url("nothing/here"));
        assertEquals("Page not found", browser.find("h1").getText());
        browser.findAll(".not-found-sections a").stream().filter(a -> a.getText().equals("Standards")).findFirst()
                .orElseThrow().click();
        browser.await("the standards open", d -> d.getCurrentUrl().startsWith(server.url("1.0/")));
        assertEquals(List.of(), browser.consoleErrors().stream().filter(m -> !m.contains("404")).toList());
    }
}
