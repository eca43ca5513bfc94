package dev.playbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto).errorsOnly();

    @Test
    void standardPageShowsItsStoriesBacklinksAndCallouts() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/standards/own-the-problem.html"));
        List<WebElement> stories = SITE.browser().findAll("section.stories a.item-title");
        assertTrue(stories.size() >= 3, "the stories that illustrate the standard are listed");
        List<String> backlinks = SITE.browser().findAll(".page-links a").stream().map(WebElement::getText).toList();
        assertFalse(backlinks.isEmpty(), "referenced by / related links are listed");
        String storyTitle = stories.get(0).getText();
        click(stories.get(0));
        SITE.browser().await("the story opens", driver -> driver.getCurrentUrl().contains("/stories/"));
        assertEquals(storyTitle, SITE.browser().find("h1").getText());
        assertTrue(SITE.browser().find(".story-context").getText().length() > 10, "the story shows its context");
        assertFalse(SITE.browser().findAll(".story-outcome a[href*='own-the-problem']").isEmpty(), "and links back to the standard");

        int callouts = 0;
        for (String page : List.of("standards/own-the-problem.html", "standards/recover-from-mistakes.html",
                "standards/keep-promises.html", "standards/warm-hand-offs.html", "standards/protect-privacy.html",
                "standards/greet-and-acknowledge.html", "standards/listen-first.html", "standards/know-your-customer.html")) {
            SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/" + page));
            for (WebElement callout : SITE.browser().findAll("main .callout")) {
                callouts++;
                assertTrue(callout.isDisplayed());
                assertFalse(callout.findElement(org.openqa.selenium.By.cssSelector(".callout-title")).getText().isBlank());
            }
        }
        assertTrue(callouts >= 3, "standards show their alerts as callouts: " + callouts);
    }

    @Test
    void authorityMatrixListsEveryRoleAndLinksToTheLimits() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/authority.html"));
        List<String> roles = SITE.browser().findAll("main table thead th[scope=col]").stream().map(WebElement::getText).toList();
        for (String role : List.of("Store associate", "Contact-centre agent", "Team lead", "Store manager", "Customer-care manager")) {
            assertTrue(roles.stream().anyMatch(r -> r.contains(role)), role + " in " + roles);
        }
        List<String> extras = SITE.browser().findAll("main table tbody th[scope=row]").stream().map(WebElement::getText).toList();
        assertTrue(extras.stream().anyMatch(e -> e.contains("Goodwill credit on a purchase")), extras.toString());
        click(SITE.browser().find("main table a.matrix-amount"));
        SITE.browser().await("the parameter page opens", driver -> driver.getCurrentUrl().contains("/parameters/"));
        assertFalse(SITE.browser().findAll("#limits").isEmpty(), "the parameter page shows its limits");
    }

    @Test
    void storiesCanBeFilteredByStandardAndTheFilterIsInTheAddress() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/stories/index.html"));
        int all = visibleItems();
        assertTrue(all >= 12, "all stories listed: " + all);
        new Select(SITE.browser().find("select[data-filter=standards]")).selectByValue("protect-privacy");
        SITE.browser().await("the list is filtered", driver -> visibleItems() < all);
        int filtered = visibleItems();
        assertTrue(filtered >= 1, "some stories illustrate protect-privacy");
        for (WebElement item : SITE.browser().findAll("li.item")) {
            if (item.isDisplayed()) {
                assertTrue(item.getDomAttribute("data-standards").contains("protect-privacy"));
            }
        }
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("standards=protect-privacy"), SITE.browser().driver().getCurrentUrl());
        assertTrue(SITE.browser().find(".filter-status").getText().contains(String.valueOf(filtered)));
        SITE.browser().reload();
        SITE.browser().await("the filter is restored from the address", driver -> visibleItems() == filtered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "authority.html", "health.html", "standards/own-the-problem.html",
            "parameters/goodwill-credits.html", "stories/index.html"})
    void noPageScrollsSidewaysOnAPhone(String page) {
        SITE.browser().resize(Browser.PHONE);
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/" + page));
        long scrollWidth = SITE.browser().<Long>script("return document.documentElement.scrollWidth;");
        long viewport = SITE.browser().<Long>script("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth <= viewport, page + " is " + scrollWidth + "px wide in a " + viewport + "px viewport");
    }

    /** Clicks as a reader would: the element scrolled to the middle of the window, clear of the sticky header. */
    private static void click(WebElement element) {
        SITE.browser().script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private int visibleItems() {
        return (int) SITE.browser().findAll("li.item").stream().filter(WebElement::isDisplayed).count();
    }
}
