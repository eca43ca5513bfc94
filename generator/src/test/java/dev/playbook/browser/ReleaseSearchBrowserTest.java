package dev.playbook.browser;

import dev.playbook.testing.ReleaseHistory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search per release (issue 5): search.html searches the release being read; "Include older
 * releases" adds the others, the release being read first, each other hit labelled with its
 * release, and a page found in several releases folded into one result that names the others.
 */
@ExtendWith(ChromiumInstalled.class)
class ReleaseSearchBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(ReleaseHistory::built);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void resultsStayInTheReleaseBeingRead(Served served) {
        SITE.browser().open(url(served, "2026.4/search.html", "q=legacy%20apologise"));
        List<String> titles = awaitTitles(1);
        assertEquals(List.of("Recover from mistakes"), titles, "the legacy guide was removed in 2026.2");
        WebElement choice = SITE.browser().find("input[name=releases]");
        // Other releases exist, so the choice shows.
        SITE.browser().await("the choice shows", d -> choice.isDisplayed() ? choice : null);
        assertFalse(choice.isSelected());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void olderReleasesComeAfterAndAPageIsOneResult(Served served) {
        SITE.browser().open(url(served, "2026.4/search.html", "q=legacy%20apologise"));
        awaitTitles(1);
        SITE.browser().find("input[name=releases]").click();
        List<String> titles = awaitTitles(2);
        assertEquals(List.of("Recover from mistakes", "Legacy guide"), titles, "the release being read first");
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("releases=all"), "the choice is in the address");

        SITE.browser().await("every release searched", d -> SITE.browser().findAll(".search-also").isEmpty() ? null : Boolean.TRUE);
        List<WebElement> results = SITE.browser().findAll(".search-results > .search-result");
        WebElement recover = results.get(0);
        assertEquals(0, recover.findElements(By.cssSelector(".search-release")).size(), "a hit of this release needs no label");
        String also = recover.findElement(By.cssSelector(".search-also")).getText();
        assertEquals("Also in release 2026.3 2026.2 2026.1", also, "one result for the page, naming its other releases");
        assertTrue(recover.findElement(By.cssSelector(".search-also a")).getDomProperty("href")
                .endsWith("/2026.3/standards/recover-from-mistakes.html"));

        WebElement legacy = results.get(1);
        assertEquals("Release 2026.1", legacy.findElement(By.cssSelector(".search-release")).getText());
        String href = legacy.findElement(By.cssSelector("a.search-hit")).getDomProperty("href");
        assertTrue(href.endsWith("/2026.1/guides/legacy.html"), href);
        legacy.findElement(By.cssSelector("a.search-hit")).click();
        SITE.browser().await("the 2026.1 page opens", d -> d.getCurrentUrl().endsWith("/2026.1/guides/legacy.html"));
        assertEquals("Legacy guide", SITE.browser().find("h1").getText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aLinkedSearchKeepsTheChoice(Served served) {
        SITE.browser().open(url(served, "2026.4/search.html", "q=legacy&releases=all"));
        assertEquals(List.of("Legacy guide"), awaitTitles(1));
        assertTrue(SITE.browser().find("input[name=releases]").isSelected());
    }

    private static List<String> awaitTitles(int count) {
        // Read in one step: the list is replaced while results come in.
        return SITE.browser().await(count + " results", d -> {
            List<String> titles = SITE.browser().script("return Array.from(document.querySelectorAll("
                    + "'.search-results > .search-result .search-page-title'), e => e.textContent.trim());");
            return titles.size() == count ? titles : null;
        });
    }

    private static String url(Served served, String path, String query) {
        return SITE.url(served, path + "?" + query);
    }
}
