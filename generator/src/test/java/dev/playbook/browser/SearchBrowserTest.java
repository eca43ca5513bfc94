package dev.playbook.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search in the built sample playbook, in Chromium, from disk and from a web server: the header box
 * (results as you type, keyboard, no-results suggestions, hostile queries, what a first query
 * loads) and search.html (results from the address, filters, more results). No page may log an
 * error or a warning.
 */
@ExtendWith(ChromiumInstalled.class)
class SearchBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    private static final String STANDARD = "standards/own-the-problem.html";
    private static final String BOX = "#site-search-q";
    private static final String OPTIONS = "#site-search-results [role=option]";

    // ---- Header box ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void ordinaryPagesLoadOnlyTheSmallBoxScript(Served served) {
        SITE.browser().open(url(served, STANDARD));
        // On a busy machine the page may still be parsing when get() hands back: wait for it.
        SITE.browser().await("the page has loaded", d -> SITE.browser().<Boolean>script("return document.readyState === 'complete'"));

        List<String> loaded = SITE.browser().script("return Array.from(document.scripts, (script) => script.src)"
                + ".concat(performance.getEntriesByType('resource').map((e) => e.name))");
        assertTrue(loaded.stream().anyMatch(name -> name.endsWith("assets/js/search-box.js")), loaded::toString);
        assertTrue(loaded.stream().noneMatch(name -> name.contains("/search/")), "nothing of search loads before use: " + loaded);
        WebElement box = SITE.browser().find(BOX);
        assertEquals("search", box.getDomAttribute("type"));
        assertEquals("q", box.getDomAttribute("name"));
        assertEquals("Search the playbook", SITE.browser().find("label[for=site-search-q]").getDomProperty("textContent"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void typingShowsRankedResultsGroupedByPageWithTheWordsMarked(Served served) {
        SITE.browser().open(url(served, STANDARD));
        typeInBox("refund");

        List<WebElement> options = SITE.browser().findAll(OPTIONS);
        assertTrue(options.size() >= 3, "hits and the see-all entry: " + options.size());
        assertEquals("true", SITE.browser().find(BOX).getDomAttribute("aria-expanded"));
        assertEquals("combobox", SITE.browser().find(BOX).getDomAttribute("role"));
        List<WebElement> groups = SITE.browser().findAll("#site-search-results [role=group]");
        assertFalse(groups.isEmpty(), "results are grouped by page");
        for (WebElement group : groups) {
            WebElement head = group.findElement(By.cssSelector(".search-page-head"));
            assertEquals(group.getDomAttribute("aria-label"), head.findElement(By.cssSelector(".search-page-title")).getText());
            assertFalse(head.findElements(By.cssSelector(".badge")).isEmpty(), "each page shows its type");
        }
        List<String> marked = SITE.browser().findAll("#site-search-results mark").stream()
                .map(mark -> mark.getText().toLowerCase(Locale.ROOT)).distinct().toList();
        assertFalse(marked.isEmpty(), "the query's words are marked");
        assertTrue(marked.stream().allMatch(word -> word.startsWith("refund")), marked::toString);

        // The best hit comes first, as the engine ranks it.
        String best = SITE.browser().script("return PlaybookSearch.open('../').then((engine) => engine.search('refund', {k: 8}))"
                + ".then((result) => result.hits[0].url)");
        assertTrue(options.get(0).getDomProperty("href").endsWith(best), options.get(0).getDomProperty("href") + " vs " + best);
        assertTrue(SITE.browser().find("form.site-search [role=status]").getDomProperty("textContent").matches("\\d+\\+? results?"),
                SITE.browser().find("form.site-search [role=status]").getDomProperty("textContent"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void arrowDownAndEnterOpenTheChosenSection(Served served) {
        SITE.browser().open(url(served, STANDARD));
        typeInBox("approve credit");

        SITE.browser().find(BOX).sendKeys(Keys.ARROW_DOWN);
        WebElement first = SITE.browser().findAll(OPTIONS).get(0);
        assertEquals(first.getDomAttribute("id"), SITE.browser().find(BOX).getDomAttribute("aria-activedescendant"));
        assertEquals("true", first.getDomAttribute("aria-selected"));
        String target = first.getDomProperty("href");
        assertTrue(target.contains("#"), "a section's link has its anchor: " + target);

        SITE.browser().find(BOX).sendKeys(Keys.ENTER);
        SITE.browser().await("the section opens", driver -> driver.getCurrentUrl().equals(target));
        String anchor = target.substring(target.indexOf('#') + 1);
        Boolean exists = SITE.browser().script("return document.getElementById(decodeURIComponent(arguments[0])) !== null", anchor);
        assertTrue(exists, "the page has the heading " + anchor);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aPrefixFindsTheWordsItStarts(Served served) {
        SITE.browser().open(url(served, "index.html"));
        typeInBox("goodw");

        List<String> marked = SITE.browser().findAll("#site-search-results mark").stream().map(WebElement::getText).distinct().toList();
        assertTrue(marked.stream().anyMatch(word -> word.equalsIgnoreCase("goodwill")), marked::toString);
        assertTrue(SITE.browser().findAll(OPTIONS).get(0).getDomProperty("href").contains("goodwill"),
                SITE.browser().findAll(OPTIONS).get(0).getDomProperty("href"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void slashFocusesTheBoxAndEscapeClosesTheResults(Served served) {
        SITE.browser().open(url(served, STANDARD));
        SITE.browser().find("h1").click();

        SITE.browser().press("/");
        assertEquals(SITE.browser().find(BOX), SITE.browser().focused(), "/ focuses the search box");
        assertEquals("", SITE.browser().find(BOX).getDomProperty("value"), "and is not typed into it");

        typeInBox("refund");
        SITE.browser().find(BOX).sendKeys(Keys.ESCAPE);
        assertFalse(SITE.browser().find(".site-search-panel").isDisplayed(), "Escape closes the results");
        assertEquals("false", SITE.browser().find(BOX).getDomAttribute("aria-expanded"));
        assertEquals("refund", SITE.browser().find(BOX).getDomProperty("value"), "and keeps the query");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void seeAllResultsOpensTheSearchPage(Served served) {
        SITE.browser().open(url(served, STANDARD));
        typeInBox("refund");

        SITE.browser().find(BOX).sendKeys(Keys.ARROW_UP);
        // The sample has a Spanish edition: the last entry is "Search all languages".
        WebElement languages = SITE.browser().find(".site-search-languages");
        assertEquals(languages.getDomAttribute("id"), SITE.browser().find(BOX).getDomAttribute("aria-activedescendant"), "ArrowUp wraps to the last entry");
        SITE.browser().find(BOX).sendKeys(Keys.ARROW_UP);
        WebElement all = SITE.browser().find(".site-search-all:not(.site-search-languages)");
        assertEquals(all.getDomAttribute("id"), SITE.browser().find(BOX).getDomAttribute("aria-activedescendant"), "then See all results");
        SITE.browser().find(BOX).sendKeys(Keys.ENTER);

        SITE.browser().await("the search page opens", driver -> driver.getCurrentUrl().contains("search.html?q=refund"));
        awaitPageResults("refund");
        assertFalse(SITE.browser().findAll(".search-results .search-hit").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aMisspeltWordOffersCloseTerms(Served served) {
        SITE.browser().open(url(served, STANDARD));
        typeInBox("refnd");

        assertTrue(SITE.browser().find(".site-search-empty").isDisplayed(), "the no-results state shows");
        assertEquals("No results", SITE.browser().find("form.site-search [role=status]").getDomProperty("textContent"));
        List<WebElement> offers = SITE.browser().findAll(".site-search-empty button.search-suggestion");
        assertTrue(offers.stream().anyMatch(button -> button.getText().equals("refund")),
                offers.stream().map(WebElement::getText).toList().toString());

        offers.stream().filter(button -> button.getText().equals("refund")).findFirst().orElseThrow().click();
        awaitBox("refund");
        assertEquals("refund", SITE.browser().find(BOX).getDomProperty("value"));
        assertFalse(SITE.browser().findAll(OPTIONS).isEmpty(), "the suggestion's results show");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aFirstOneWordQueryLoadsTheManifestAndOneTermShard(Served served) {
        SITE.browser().open(url(served, STANDARD));
        pasteInBox("refund");

        List<String> loaded = SITE.browser().script("return PlaybookSearch.loaded");
        assertEquals(2, loaded.size(), loaded::toString);
        assertEquals("manifest", loaded.get(0));
        assertTrue(loaded.get(1).startsWith("t-"), loaded::toString);
        if (served == Served.FILE) {
            return; // Chromium keeps no resource timings for file://
        }
        List<String> requested = SITE.browser().script("return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((name) => name.includes('/search/'))");
        Set<String> files = requested.stream().map(name -> name.substring(name.lastIndexOf('/') + 1)).collect(Collectors.toSet());
        // en.js: the English analysis (analysis/en.js), the one this export names, and no other language's;
        // languages.js for "All languages", since the sample has a Spanish edition (no Spanish data until chosen).
        assertEquals(Set.of("analyzer.js", "en.js", "files.js", "manifest.js", "lexicon.js", "ranker.js", "engine.js", "highlight.js",
                "results.js", "languages.js", "combobox.js", loaded.get(1) + ".js"), files);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void phoneResultsFitTheWindow(Served served) {
        SITE.browser().resize(Browser.PHONE);
        SITE.browser().open(url(served, STANDARD));
        typeInBox("customer");

        WebElement panel = SITE.browser().find(".site-search-panel");
        long width = SITE.browser().<Number>script("return document.documentElement.clientWidth").longValue();
        assertTrue(panel.getRect().getX() >= 0 && panel.getRect().getX() + panel.getRect().getWidth() <= width,
                "the panel fits: " + panel.getRect() + " in " + width);
        long overflow = SITE.browser().<Number>script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth").longValue();
        assertEquals(0, overflow, "the page does not scroll sideways");
    }

    // ---- Hostile queries ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void hostileQueriesAreOnlyText(Served served) {
        List<String> queries = List.of("<script>alert(1)</script>", "\"quoted words\"", "'", "the and of",
                "<img src=x onerror=alert(2)>", "&amp; &lt;b&gt;");
        SITE.browser().open(url(served, STANDARD));
        long before = injectable();
        for (String query : queries) {
            SITE.browser().find(BOX).clear();
            typeInBox(query);
            assertThrows(NoAlertPresentException.class, () -> SITE.browser().driver().switchTo().alert(), query);
            assertEquals(before, injectable(), "no element injected by " + query);
            String shown = SITE.browser().find(".site-search-panel").getText();
            assertTrue(shown.contains("“" + query.strip() + "”"), "the query shows as text: " + shown);
        }
        for (String query : queries) {
            SITE.browser().open(url(served, "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            awaitPageResults(query);
            assertThrows(NoAlertPresentException.class, () -> SITE.browser().driver().switchTo().alert(), query);
            assertEquals(query, SITE.browser().find("#search-page-q").getDomProperty("value"));
            assertEquals(0L, SITE.browser().<Number>script("return document.querySelectorAll('main img, main script').length").longValue());
        }
    }

    /** Elements a query could smuggle in: inline scripts and images. */
    private static long injectable() {
        return SITE.browser().<Number>script("return document.querySelectorAll('script:not([src]), img, iframe, [onerror]').length").longValue();
    }

    // ---- Search page ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void searchPageShowsResultsForTheAddressQuery(Served served) {
        SITE.browser().open(url(served, "search.html?q=refund"));
        awaitPageResults("refund");

        assertEquals("refund", SITE.browser().find("#search-page-q").getDomProperty("value"));
        List<WebElement> pages = SITE.browser().findAll(".search-results > .search-result");
        assertFalse(pages.isEmpty());
        for (WebElement page : pages) {
            assertFalse(page.findElements(By.cssSelector(".search-page-head a.search-page-title")).isEmpty());
            assertFalse(page.findElements(By.cssSelector(".search-hit")).isEmpty());
        }
        assertFalse(SITE.browser().findAll(".search-results mark").isEmpty(), "words are marked");
        String status = SITE.browser().find(".search-page-status").getText();
        assertTrue(status.matches("\\d+ results? for “refund”"), status);

        String first = SITE.browser().findAll(".search-results .search-hit").get(0).getDomProperty("href");
        SITE.browser().findAll(".search-results .search-hit").get(0).click();
        SITE.browser().await("the section opens", driver -> driver.getCurrentUrl().equals(first));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void onTheSearchPageSlashFocusesItsFieldAndTheHeaderBoxStillWorks(Served served) {
        SITE.browser().open(url(served, "search.html"));
        SITE.browser().find("h1").click();
        SITE.browser().press("/");
        assertEquals(SITE.browser().find("#search-page-q"), SITE.browser().focused());

        typeInBox("refund");
        assertFalse(SITE.browser().findAll(OPTIONS).isEmpty());
        List<String> loaded = SITE.browser().script("return PlaybookSearch.loaded");
        assertEquals(1, loaded.stream().filter("manifest"::equals).count(), "the manifest is loaded once: " + loaded);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void typeFilterNarrowsToThatTypeAndTheAddressFollows(Served served) {
        SITE.browser().open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        Set<String> before = badges();
        assertTrue(before.size() > 1, "several types match at first: " + before);

        new Select(SITE.browser().find("select[name=type]")).selectByValue("story");
        SITE.browser().await("only stories", driver -> badges().equals(Set.of("badge-story")));
        SITE.browser().await("the address keeps the filter", driver -> driver.getCurrentUrl().contains("type=story"));

        WebElement box = SITE.browser().find("#search-page-q");
        box.sendKeys(Keys.END, " refund");
        SITE.browser().await("the address keeps the query", driver -> driver.getCurrentUrl().contains("q=customer+refund"));
        SITE.browser().reload();
        awaitPageResults("customer refund");
        assertEquals("story", new Select(SITE.browser().find("select[name=type]")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(Set.of("badge-story"), badges());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void tagFilterKeepsPagesWithThatTag(Served served) throws IOException {
        Set<String> tagged = Jsoup.parse(Files.readString(SITE.out().resolve(SampleSite.RELEASE).resolve("tags/phone.html")), "").select("main a.item-title")
                .eachAttr("href").stream().map(href -> URI.create("tags/").resolve(href).toString()).collect(Collectors.toSet());
        SITE.browser().open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        int unfiltered = pageTitles().size();

        new Select(SITE.browser().find("select[name=tag]")).selectByValue("phone");
        SITE.browser().await("the address keeps the tag", driver -> driver.getCurrentUrl().contains("tag=phone"));
        List<String> shown = SITE.browser().await("fewer pages", driver -> pageTitles().size() < unfiltered ? pageTitles() : null);
        assertFalse(shown.isEmpty());
        assertTrue(tagged.containsAll(shown), shown + " all tagged phone: " + tagged);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void moreResultsShowsTheNextTwenty(Served served) {
        SITE.browser().open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        assertEquals(20, SITE.browser().findAll(".search-results .search-hit").size());
        WebElement more = SITE.browser().find(".search-more");
        assertTrue(more.isDisplayed());
        String twentieth = SITE.browser().findAll(".search-results .search-hit").get(19).getDomProperty("href");

        // The theme scrolls smoothly; a click during the scroll would land where the button was.
        SITE.browser().script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", more);
        more.click();
        SITE.browser().await("twenty more", driver -> SITE.browser().findAll(".search-results .search-hit").size() == 40);
        assertEquals(SITE.browser().findAll(".search-results .search-hit").get(20), SITE.browser().focused(), "focus moves to the first new result");
        assertTrue(SITE.browser().findAll(".search-results .search-hit").stream().map(a -> a.getDomProperty("href")).toList()
                .contains(twentieth), "the first twenty stay");
    }

    // ---- Helpers ----

    private static String url(Served served, String path) {
        return SITE.url(served, SampleSite.RELEASE + "/" + path);
    }

    /** Types into the header box and waits for the results of exactly that text. */
    private static void typeInBox(String text) {
        WebElement box = SITE.browser().find(BOX);
        box.click();
        box.sendKeys(text);
        awaitBox(text);
    }

    /** Puts the whole text into the header box at once, as pasting does. */
    private static void pasteInBox(String text) {
        WebElement box = SITE.browser().find(BOX);
        box.click();
        SITE.browser().script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", box, text);
        awaitBox(text);
    }

    private static void awaitBox(String text) {
        SITE.browser().await("results for " + text, driver -> {
            WebElement panel = SITE.browser().find(".site-search-panel");
            return panel.isDisplayed() && panel.getText().contains("“" + text.strip() + "”");
        });
    }

    private static void awaitPageResults(String text) {
        SITE.browser().await("search page results for " + text,
                driver -> SITE.browser().find(".search-page-status").getText().contains("“" + text.strip() + "”"));
    }

    private static List<String> pageTitles() {
        return SITE.browser().script("return Array.from(document.querySelectorAll('.search-results a.search-page-title'), (a) => a.getAttribute('href'))");
    }

    private static Set<String> badges() {
        List<String> classes = SITE.browser().script(
                "return Array.from(document.querySelectorAll('.search-results .search-page-head .badge'), (b) => b.className)");
        return classes.stream().map(name -> name.replace("badge ", "")).collect(Collectors.toSet());
    }
}
