package dev.playbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playbook's structure as staff meet it in a browser: a standard with its stories, backlinks
 * and callouts; the authority matrix; the stories list filtered by standard.
 */
@ExtendWith(ChromiumInstalled.class)
class ContentModelBrowserTest {

    @TempDir
    static Path temp;

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = StaticServer.serve(SampleSite.buildInto(temp.resolve("site")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try (StaticServer closingServer = server; Browser closingBrowser = browser) {
            // both closed, even if one fails
        }
    }

    @BeforeEach
    void fresh() {
        browser.resize(Browser.DESKTOP);
        browser.clearConsole();
    }

    @AfterEach
    void noErrors() {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @Test
    void standardPageShowsItsStoriesBacklinksAndCallouts() {
        browser.open(server.url(SampleSite.RELEASE + "/standards/own-the-problem.html"));
        List<WebElement> stories = browser.findAll("section.stories a.item-title");
        assertTrue(stories.size() >= 3, "the stories that illustrate the standard are listed");
        List<String> backlinks = browser.findAll(".page-links a").stream().map(WebElement::getText).toList();
        assertFalse(backlinks.isEmpty(), "referenced by / related links are listed");
        String storyTitle = stories.get(0).getText();
        click(stories.get(0));
        browser.await("the story opens", driver -> driver.getCurrentUrl().contains("/stories/"));
        assertEquals(storyTitle, browser.find("h1").getText());
        assertTrue(browser.find(".story-context").getText().length() > 10, "the story shows its context");
        assertFalse(browser.findAll(".story-outcome a[href*='own-the-problem']").isEmpty(), "and links back to the standard");

        int callouts = 0;
        for (String page : List.of("standards/own-the-problem.html", "standards/recover-from-mistakes.html",
                "standards/keep-promises.html", "standards/warm-hand-offs.html", "standards/protect-privacy.html",
                "standards/greet-and-acknowledge.html", "standards/listen-first.html", "standards/know-your-customer.html")) {
            browser.open(server.url(SampleSite.RELEASE + "/" + page));
            for (WebElement callout : browser.findAll("main .callout")) {
                callouts++;
                assertTrue(callout.isDisplayed());
                assertFalse(callout.findElement(org.openqa.selenium.By.cssSelector(".callout-title")).getText().isBlank());
            }
        }
        assertTrue(callouts >= 3, "standards show their alerts as callouts: " + callouts);
    }

    @Test
    void authorityMatrixListsEveryRoleAndLinksToTheLimits() {
        browser.open(server.url(SampleSite.RELEASE + "/authority.html"));
        List<String> roles = browser.findAll("main table thead th[scope=col]").stream().map(WebElement::getText).toList();
        for (String role : List.of("Store associate", "Contact-centre agent", "Team lead", "Store manager", "Customer-care manager")) {
            assertTrue(roles.stream().anyMatch(r -> r.contains(role)), role + " in " + roles);
        }
        List<String> extras = browser.findAll("main table tbody th[scope=row]").stream().map(WebElement::getText).toList();
        assertTrue(extras.stream().anyMatch(e -> e.contains("Goodwill credit on a purchase")), extras.toString());
        click(browser.find("main table a.matrix-amount"));
        browser.await("the parameter page opens", driver -> driver.getCurrentUrl().contains("/parameters/"));
        assertFalse(browser.findAll("#limits").isEmpty(), "the parameter page shows its limits");
    }

    @Test
    void storiesCanBeFilteredByStandardAndTheFilterIsInTheAddress() {
        browser.open(server.url(SampleSite.RELEASE + "/stories/index.html"));
        int all = visibleItems();
        assertTrue(all >= 12, "all stories listed: " + all);
        new Select(browser.find("select[data-filter=standards]")).selectByValue("protect-privacy");
        browser.await("the list is filtered", driver -> visibleItems() < all);
        int filtered = visibleItems();
        assertTrue(filtered >= 1, "some stories illustrate protect-privacy");
        for (WebElement item : browser.findAll("li.item")) {
            if (item.isDisplayed()) {
                assertTrue(item.getDomAttribute("data-standards").contains("protect-privacy"));
            }
        }
        assertTrue(browser.driver().getCurrentUrl().contains("standards=protect-privacy"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(".filter-status").getText().contains(String.valueOf(filtered)));
        browser.reload();
        browser.await("the filter is restored from the address", driver -> visibleItems() == filtered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "authority.html", "health.html", "standards/own-the-problem.html",
            "parameters/goodwill-credits.html", "stories/index.html"})
    void noPageScrollsSidewaysOnAPhone(String page) {
        browser.resize(Browser.PHONE);
        browser.open(server.url(SampleSite.RELEASE + "/" + page));
        long scrollWidth = browser.<Long>script("return document.documentElement.scrollWidth;");
        long viewport = browser.<Long>script("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth <= viewport, page + " is " + scrollWidth + "px wide in a " + viewport + "px viewport");
    }

    /** Clicks as a reader would: the element scrolled to the middle of the window, clear of the sticky header. */
    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private int visibleItems() {
        return (int) browser.findAll("li.item").stream().filter(WebElement::isDisplayed).count();
    }
}
