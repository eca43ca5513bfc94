package dev.playbook.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
import java.nio.file.Path;
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

    private static final String STANDARD = "standards/own-the-problem.html";
    private static final String BOX = "#site-search-q";
    private static final String OPTIONS = "#site-search-results [role=option]";

    /** The two ways readers open a published playbook. */
    enum Served { FILE, HTTP }

    @TempDir
    static Path temp;

    private static Path site;
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Path out = SampleSite.buildInto(temp.resolve("site"));
        site = out.resolve(SampleSite.RELEASE);
        server = StaticServer.serve(out);
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

    // ---- Header box ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void ordinaryPagesLoadOnlyTheSmallBoxScript(Served served) {
        browser.open(url(served, STANDARD));

        List<String> loaded = browser.script("return Array.from(document.scripts, (script) => script.src)"
                + ".concat(performance.getEntriesByType('resource').map((e) => e.name))");
        assertTrue(loaded.stream().anyMatch(name -> name.endsWith("assets/js/search-box.js")), loaded::toString);
        assertTrue(loaded.stream().noneMatch(name -> name.contains("/search/")), "nothing of search loads before use: " + loaded);
        WebElement box = browser.find(BOX);
        assertEquals("search", box.getDomAttribute("type"));
        assertEquals("q", box.getDomAttribute("name"));
        assertEquals("Search the playbook", browser.find("label[for=site-search-q]").getDomProperty("textContent"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void typingShowsRankedResultsGroupedByPageWithTheWordsMarked(Served served) {
        browser.open(url(served, STANDARD));
        typeInBox("refund");

        List<WebElement> options = browser.findAll(OPTIONS);
        assertTrue(options.size() >= 3, "hits and the see-all entry: " + options.size());
        assertEquals("true", browser.find(BOX).getDomAttribute("aria-expanded"));
        assertEquals("combobox", browser.find(BOX).getDomAttribute("role"));
        List<WebElement> groups = browser.findAll("#site-search-results [role=group]");
        assertFalse(groups.isEmpty(), "results are grouped by page");
        for (WebElement group : groups) {
            WebElement head = group.findElement(By.cssSelector(".search-page-head"));
            assertEquals(group.getDomAttribute("aria-label"), head.findElement(By.cssSelector(".search-page-title")).getText());
            assertFalse(head.findElements(By.cssSelector(".badge")).isEmpty(), "each page shows its type");
        }
        List<String> marked = browser.findAll("#site-search-results mark").stream()
                .map(mark -> mark.getText().toLowerCase(Locale.ROOT)).distinct().toList();
        assertFalse(marked.isEmpty(), "the query's words are marked");
        assertTrue(marked.stream().allMatch(word -> word.startsWith("refund")), marked::toString);

        // The best hit comes first, as the engine ranks it.
        String best = browser.script("return PlaybookSearch.open('../').then((engine) => engine.search('refund', {k: 8}))"
                + ".then((result) => result.hits[0].url)");
        assertTrue(options.get(0).getDomProperty("href").endsWith(best), options.get(0).getDomProperty("href") + " vs " + best);
        assertTrue(browser.find("form.site-search [role=status]").getDomProperty("textContent").matches("\\d+\\+? results?"),
                browser.find("form.site-search [role=status]").getDomProperty("textContent"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void arrowDownAndEnterOpenTheChosenSection(Served served) {
        browser.open(url(served, STANDARD));
        typeInBox("approve credit");

        browser.find(BOX).sendKeys(Keys.ARROW_DOWN);
        WebElement first = browser.findAll(OPTIONS).get(0);
        assertEquals(first.getDomAttribute("id"), browser.find(BOX).getDomAttribute("aria-activedescendant"));
        assertEquals("true", first.getDomAttribute("aria-selected"));
        String target = first.getDomProperty("href");
        assertTrue(target.contains("#"), "a section's link has its anchor: " + target);

        browser.find(BOX).sendKeys(Keys.ENTER);
        browser.await("the section opens", driver -> driver.getCurrentUrl().equals(target));
        String anchor = target.substring(target.indexOf('#') + 1);
        Boolean exists = browser.script("return document.getElementById(decodeURIComponent(arguments[0])) !== null", anchor);
        assertTrue(exists, "the page has the heading " + anchor);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aPrefixFindsTheWordsItStarts(Served served) {
        browser.open(url(served, "index.html"));
        typeInBox("goodw");

        List<String> marked = browser.findAll("#site-search-results mark").stream().map(WebElement::getText).distinct().toList();
        assertTrue(marked.stream().anyMatch(word -> word.equalsIgnoreCase("goodwill")), marked::toString);
        assertTrue(browser.findAll(OPTIONS).get(0).getDomProperty("href").contains("goodwill"),
                browser.findAll(OPTIONS).get(0).getDomProperty("href"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void slashFocusesTheBoxAndEscapeClosesTheResults(Served served) {
        browser.open(url(served, STANDARD));
        browser.find("h1").click();

        browser.press("/");
        assertEquals(browser.find(BOX), browser.focused(), "/ focuses the search box");
        assertEquals("", browser.find(BOX).getDomProperty("value"), "and is not typed into it");

        typeInBox("refund");
        browser.find(BOX).sendKeys(Keys.ESCAPE);
        assertFalse(browser.find(".site-search-panel").isDisplayed(), "Escape closes the results");
        assertEquals("false", browser.find(BOX).getDomAttribute("aria-expanded"));
        assertEquals("refund", browser.find(BOX).getDomProperty("value"), "and keeps the query");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void seeAllResultsOpensTheSearchPage(Served served) {
        browser.open(url(served, STANDARD));
        typeInBox("refund");

        browser.find(BOX).sendKeys(Keys.ARROW_UP);
        WebElement all = browser.find(".site-search-all");
        assertEquals(all.getDomAttribute("id"), browser.find(BOX).getDomAttribute("aria-activedescendant"), "ArrowUp wraps to the last entry");
        browser.find(BOX).sendKeys(Keys.ENTER);

        browser.await("the search page opens", driver -> driver.getCurrentUrl().contains("search.html?q=refund"));
        awaitPageResults("refund");
        assertFalse(browser.findAll(".search-results .search-hit").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aMisspeltWordOffersCloseTerms(Served served) {
        browser.open(url(served, STANDARD));
        typeInBox("refnd");

        assertTrue(browser.find(".site-search-empty").isDisplayed(), "the no-results state shows");
        assertEquals("No results", browser.find("form.site-search [role=status]").getDomProperty("textContent"));
        List<WebElement> offers = browser.findAll(".site-search-empty button.search-suggestion");
        assertTrue(offers.stream().anyMatch(button -> button.getText().equals("refund")),
                offers.stream().map(WebElement::getText).toList().toString());

        offers.stream().filter(button -> button.getText().equals("refund")).findFirst().orElseThrow().click();
        awaitBox("refund");
        assertEquals("refund", browser.find(BOX).getDomProperty("value"));
        assertFalse(browser.findAll(OPTIONS).isEmpty(), "the suggestion's results show");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aFirstOneWordQueryLoadsTheManifestAndOneTermShard(Served served) {
        browser.open(url(served, STANDARD));
        pasteInBox("refund");

        List<String> loaded = browser.script("return PlaybookSearch.loaded");
        assertEquals(2, loaded.size(), loaded::toString);
        assertEquals("manifest", loaded.get(0));
        assertTrue(loaded.get(1).startsWith("t-"), loaded::toString);
        if (served == Served.FILE) {
            return; // Chromium keeps no resource timings for file://
        }
        List<String> requested = browser.script("return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((name) => name.includes('/search/'))");
        Set<String> files = requested.stream().map(name -> name.substring(name.lastIndexOf('/') + 1)).collect(Collectors.toSet());
        assertEquals(Set.of("analyzer.js", "files.js", "manifest.js", "lexicon.js", "ranker.js", "engine.js", "highlight.js",
                "results.js", "combobox.js", loaded.get(1) + ".js"), files);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void phoneResultsFitTheWindow(Served served) {
        browser.resize(Browser.PHONE);
        browser.open(url(served, STANDARD));
        typeInBox("customer");

        WebElement panel = browser.find(".site-search-panel");
        long width = browser.<Number>script("return document.documentElement.clientWidth").longValue();
        assertTrue(panel.getRect().getX() >= 0 && panel.getRect().getX() + panel.getRect().getWidth() <= width,
                "the panel fits: " + panel.getRect() + " in " + width);
        long overflow = browser.<Number>script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth").longValue();
        assertEquals(0, overflow, "the page does not scroll sideways");
    }

    // ---- Hostile queries ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void hostileQueriesAreOnlyText(Served served) {
        List<String> queries = List.of("<script>alert(1)</script>", "\"quoted words\"", "'", "the and of",
                "<img src=x onerror=alert(2)>", "&amp; &lt;b&gt;");
        browser.open(url(served, STANDARD));
        long before = injectable();
        for (String query : queries) {
            browser.find(BOX).clear();
            typeInBox(query);
            assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), query);
            assertEquals(before, injectable(), "no element injected by " + query);
            String shown = browser.find(".site-search-panel").getText();
            assertTrue(shown.contains("“" + query.strip() + "”"), "the query shows as text: " + shown);
        }
        for (String query : queries) {
            browser.open(url(served, "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            awaitPageResults(query);
            assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), query);
            assertEquals(query, browser.find("#search-page-q").getDomProperty("value"));
            assertEquals(0L, browser.<Number>script("return document.querySelectorAll('main img, main script').length").longValue());
        }
    }

    /** Elements a query could smuggle in: inline scripts and images. */
    private static long injectable() {
        return browser.<Number>script("return document.querySelectorAll('script:not([src]), img, iframe, [onerror]').length").longValue();
    }

    // ---- Search page ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void searchPageShowsResultsForTheAddressQuery(Served served) {
        browser.open(url(served, "search.html?q=refund"));
        awaitPageResults("refund");

        assertEquals("refund", browser.find("#search-page-q").getDomProperty("value"));
        List<WebElement> pages = browser.findAll(".search-results > .search-result");
        assertFalse(pages.isEmpty());
        for (WebElement page : pages) {
            assertFalse(page.findElements(By.cssSelector(".search-page-head a.search-page-title")).isEmpty());
            assertFalse(page.findElements(By.cssSelector(".search-hit")).isEmpty());
        }
        assertFalse(browser.findAll(".search-results mark").isEmpty(), "words are marked");
        String status = browser.find(".search-page-status").getText();
        assertTrue(status.matches("\\d+ results? for “refund”"), status);

        String first = browser.findAll(".search-results .search-hit").get(0).getDomProperty("href");
        browser.findAll(".search-results .search-hit").get(0).click();
        browser.await("the section opens", driver -> driver.getCurrentUrl().equals(first));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void onTheSearchPageSlashFocusesItsFieldAndTheHeaderBoxStillWorks(Served served) {
        browser.open(url(served, "search.html"));
        browser.find("h1").click();
        browser.press("/");
        assertEquals(browser.find("#search-page-q"), browser.focused());

        typeInBox("refund");
        assertFalse(browser.findAll(OPTIONS).isEmpty());
        List<String> loaded = browser.script("return PlaybookSearch.loaded");
        assertEquals(1, loaded.stream().filter("manifest"::equals).count(), "the manifest is loaded once: " + loaded);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void typeFilterNarrowsToThatTypeAndTheAddressFollows(Served served) {
        browser.open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        Set<String> before = badges();
        assertTrue(before.size() > 1, "several types match at first: " + before);

        new Select(browser.find("select[name=type]")).selectByValue("story");
        browser.await("only stories", driver -> badges().equals(Set.of("badge-story")));
        browser.await("the address keeps the filter", driver -> driver.getCurrentUrl().contains("type=story"));

        WebElement box = browser.find("#search-page-q");
        box.sendKeys(Keys.END, " refund");
        browser.await("the address keeps the query", driver -> driver.getCurrentUrl().contains("q=customer+refund"));
        browser.reload();
        awaitPageResults("customer refund");
        assertEquals("story", new Select(browser.find("select[name=type]")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(Set.of("badge-story"), badges());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void tagFilterKeepsPagesWithThatTag(Served served) throws IOException {
        Set<String> tagged = Jsoup.parse(Files.readString(site.resolve("tags/phone.html")), "").select("main a.item-title")
                .eachAttr("href").stream().map(href -> URI.create("tags/").resolve(href).toString()).collect(Collectors.toSet());
        browser.open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        int unfiltered = pageTitles().size();

        new Select(browser.find("select[name=tag]")).selectByValue("phone");
        browser.await("the address keeps the tag", driver -> driver.getCurrentUrl().contains("tag=phone"));
        List<String> shown = browser.await("fewer pages", driver -> pageTitles().size() < unfiltered ? pageTitles() : null);
        assertFalse(shown.isEmpty());
        assertTrue(tagged.containsAll(shown), shown + " all tagged phone: " + tagged);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void moreResultsShowsTheNextTwenty(Served served) {
        browser.open(url(served, "search.html?q=customer"));
        awaitPageResults("customer");
        assertEquals(20, browser.findAll(".search-results .search-hit").size());
        WebElement more = browser.find(".search-more");
        assertTrue(more.isDisplayed());
        String twentieth = browser.findAll(".search-results .search-hit").get(19).getDomProperty("href");

        // The theme scrolls smoothly; a click during the scroll would land where the button was.
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", more);
        more.click();
        browser.await("twenty more", driver -> browser.findAll(".search-results .search-hit").size() == 40);
        assertEquals(browser.findAll(".search-results .search-hit").get(20), browser.focused(), "focus moves to the first new result");
        assertTrue(browser.findAll(".search-results .search-hit").stream().map(a -> a.getDomProperty("href")).toList()
                .contains(twentieth), "the first twenty stay");
    }

    // ---- Helpers ----

    private static String url(Served served, String path) {
        return served == Served.FILE ? site.resolve(path.replaceFirst("\\?.*", "")).toUri() + path.replaceFirst("^[^?]*", "")
                : server.url(SampleSite.RELEASE + "/" + path);
    }

    /** Types into the header box and waits for the results of exactly that text. */
    private static void typeInBox(String text) {
        WebElement box = browser.find(BOX);
        box.click();
        box.sendKeys(text);
        awaitBox(text);
    }

    /** Puts the whole text into the header box at once, as pasting does. */
    private static void pasteInBox(String text) {
        WebElement box = browser.find(BOX);
        box.click();
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", box, text);
        awaitBox(text);
    }

    private static void awaitBox(String text) {
        browser.await("results for " + text, driver -> {
            WebElement panel = browser.find(".site-search-panel");
            return panel.isDisplayed() && panel.getText().contains("“" + text.strip() + "”");
        });
    }

    private static void awaitPageResults(String text) {
        browser.await("search page results for " + text,
                driver -> browser.find(".search-page-status").getText().contains("“" + text.strip() + "”"));
    }

    private static List<String> pageTitles() {
        return browser.script("return Array.from(document.querySelectorAll('.search-results a.search-page-title'), (a) => a.getAttribute('href'))");
    }

    private static Set<String> badges() {
        List<String> classes = browser.script(
                "return Array.from(document.querySelectorAll('.search-results .search-page-head .badge'), (b) => b.className)");
        return classes.stream().map(name -> name.replace("badge ", "")).collect(Collectors.toSet());
    }
}
