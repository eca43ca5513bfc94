package dev.playbook.browser;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 2, in Chromium from disk and over HTTP: on a playbook in English, Spanish and
 * Arabic (Spanish and Arabic partly translated) over two releases, the language switcher opens the
 * same page in the other language at the same section, from a heading's anchor and from another
 * language's anchor (an alias), on written and generated pages, with the keyboard, and within the
 * release being read; the release switcher keeps the language; an untranslated page says so.
 */
@ExtendWith(ChromiumInstalled.class)
class LanguageSwitcherBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(LanguageSwitcherBrowserTest::build);

    /** Short enough that every section of the greeting standard needs scrolling to. */
    private static final Dimension SHORT = new Dimension(1280, 420);

    private static Path build(Path temp) {
        try (GitPlaybook git = MultilingualPlaybook.twoReleases(temp)) {
            TestPlaybook playbook = git.playbook();
            TestPlaybook.Result result = playbook.build("--all-releases", "-q");
            assertEquals(0, result.exitCode(), result::toString);
            return playbook.out();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void fromASectionTheSwitcherLandsOnTheSameSectionInEachLanguage(Served served) {
        SITE.browser().resize(SHORT);
        open(served, "2026.2/standards/greet.html#when");
        assertAtSection("When");

        choose("es");
        awaitPage("2026.2/es/standards/greet.html");
        assertAnchor("cuándo", "the Spanish page's own anchor for the section");
        assertAtSection("Cuándo");

        choose("ar");
        awaitPage("2026.2/ar/standards/greet.html");
        assertAnchor("متى");
        assertAtSection("متى");

        choose("en");
        awaitPage("2026.2/standards/greet.html");
        assertAnchor("when");
        assertAtSection("When");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anotherLanguagesAnchorIsAnAliasThatLandsOnTheSameSection(Served served) {
        SITE.browser().resize(SHORT);
        // A Spanish link to the English page: the English page answers #autoridad.
        open(served, "2026.2/standards/greet.html#autoridad");
        assertAnchor("authority", "the alias gives way to the page's own anchor");
        assertAtSection("Authority");

        choose("ar");
        awaitPage("2026.2/ar/standards/greet.html");
        assertAnchor("الصلاحية");
        assertAtSection("الصلاحية");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void theSwitcherWorksOnEveryGeneratedPage(Served served) {
        for (String page : List.of("index.html", "types/standard.html", "authority.html", "release-notes.html",
                "glossary.html", "courses/index.html", "courses/first-day.html", "stories/parcel.html")) {
            open(served, "2026.2/" + page);
            choose("es");
            awaitPage("2026.2/es/" + page);
            assertEquals("es", SITE.browser().find("html").getDomAttribute("lang"), page);
            choose("ar");
            awaitPage("2026.2/ar/" + page);
            assertEquals("rtl", SITE.browser().find("html").getDomAttribute("dir"), page);
            choose("en");
            awaitPage("2026.2/" + page);
            assertEquals("en", SITE.browser().find("html").getDomAttribute("lang"), page);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void theSwitcherCarriesTheAddresssQuery(Served served) {
        open(served, "2026.2/search.html?q=greet");
        choose("es");
        SITE.browser().await("the Spanish search page with the query", d -> d.getCurrentUrl().endsWith("/2026.2/es/search.html?q=greet"));
        open(served, "2026.2/es/standards/greet.html?course=first-day#cuándo");
        choose("en");
        SITE.browser().await("the English page with the query and the section",
                d -> d.getCurrentUrl().split("#")[0].endsWith("/2026.2/standards/greet.html?course=first-day"));
        assertAnchor("when");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void theKeyboardReachesTheSwitcherAndEnterCarriesTheSection(Served served) {
        SITE.browser().resize(SHORT);
        open(served, "2026.2/es/standards/greet.html#cuándo");
        String target = ".language-switcher a[hreflang=en]";
        for (int i = 0; i < 40 && !SITE.browser().focused().equals(SITE.browser().find(target)); i++) {
            SITE.browser().press(Keys.TAB);
        }
        WebElement english = SITE.browser().find(target);
        assertEquals(english, SITE.browser().focused(), "Tab reaches the switcher's English link");
        assertTrue(outlined(english), "the focused link shows where the focus is");
        SITE.browser().press(Keys.ENTER);
        awaitPage("2026.2/standards/greet.html");
        assertAnchor("when");
        assertAtSection("When");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void inAnEarlierReleaseTheSwitcherStaysInThatReleaseAndTheReleaseSwitcherKeepsTheLanguage(Served served) {
        SITE.browser().resize(SHORT);
        open(served, "2026.1/es/standards/greet.html#cuándo");
        choose("en");
        awaitPage("2026.1/standards/greet.html");
        assertTrue(SITE.browser().find("main").getText().contains("Always, within ten seconds."), "2026.1's English text");
        assertAnchor("when");

        choose("es");
        awaitPage("2026.1/es/standards/greet.html");
        switchRelease("2026.2");
        awaitPage("2026.2/es/standards/greet.html");
        assertAnchor("cuándo", "the release switcher carries the section");

        open(served, "2026.1/ar/authority.html");
        switchRelease("2026.2");
        awaitPage("2026.2/ar/authority.html");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anOutdatedReleasesBannerLinksToTheSamePageInTheSameLanguage(Served served) {
        open(served, "2026.1/es/standards/greet.html");
        WebElement link = SITE.browser().await("the outdated banner", d -> d.findElements(By.cssSelector(".banner-outdated a"))
                .stream().findFirst().filter(WebElement::isDisplayed).orElse(null));
        SITE.browser().await("the banner's link to 2026.2's Spanish page",
                d -> link.getDomProperty("href").endsWith("/2026.2/es/standards/greet.html"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void latestLinksKeepTheLanguageAndTheSection(Served served) {
        open(served, "latest/es/standards/greet.html#cuándo");
        awaitPage("2026.2/es/standards/greet.html");
        assertAnchor("cuándo");
        open(served, "latest/ar/authority.html");
        awaitPage("2026.2/ar/authority.html");

        // "Copy link": the latest link of a Spanish page is that Spanish page in the latest release.
        open(served, "2026.1/es/standards/greet.html");
        SITE.browser().await("the copy-link button", d -> d.findElement(By.cssSelector(".permalink-page")).isDisplayed());
        SITE.browser().find(".permalink-page").click();
        String latest = SITE.browser().await("the latest link", d -> d.findElement(By.id("permalink-latest")).getDomProperty("value"));
        assertTrue(latest.endsWith("/latest/es/standards/greet.html"), latest);
        SITE.browser().press(Keys.ESCAPE);
        open(served, "2026.2/standards/greet.html");
        SITE.browser().await("the copy-link button", d -> d.findElement(By.cssSelector(".permalink-page")).isDisplayed());
        SITE.browser().find(".permalink-page").click();
        String english = SITE.browser().await("the latest link", d -> d.findElement(By.id("permalink-latest")).getDomProperty("value"));
        assertTrue(english.matches(".*/go/greet(\\.html|/)$"), "the default language keeps the short link: " + english);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anUntranslatedPageShowsTheNoticeWithTheEditLinkAndMarksItsTextAsEnglish(Served served) {
        open(served, "2026.2/es/standards/listen.html");
        WebElement notice = SITE.browser().find(".banner-untranslated");
        assertTrue(notice.isDisplayed());
        assertEquals("Esta página aún no está traducida al español; se muestra en inglés. Traducir esta página", notice.getText());
        assertEquals(MultilingualPlaybook.EDIT_URL.replace("{path}", "standards/listen.es.md"),
                notice.findElement(By.tagName("a")).getDomProperty("href"));
        assertEquals("es", language(".banner-untranslated span"), "the notice is in Spanish");
        assertEquals("en", language("h1"), "the English title is marked as English");
        assertEquals("en", language(".content p"), "so is the English text");
        assertEquals("es", language(".skip-link"), "the theme's words stay Spanish");
        assertEquals(MultilingualPlaybook.EDIT_URL.replace("{path}", "standards/listen.md"),
                SITE.browser().find(".page-edit").getDomProperty("href"), "the text shown is edited in the original");

        open(served, "2026.2/ar/parameters/credits.html");
        notice = SITE.browser().find(".banner-untranslated");
        assertTrue(notice.isDisplayed());
        assertEquals(MultilingualPlaybook.EDIT_URL.replace("{path}", "parameters/credits.ar.md"),
                notice.findElement(By.tagName("a")).getDomProperty("href"));
        assertEquals("en", language(".content p"));

        open(served, "2026.2/es/standards/greet.html");
        assertEquals(0, SITE.browser().findAll(".banner-untranslated").size(), "a translated page has no notice");
        assertEquals("es", language(".content p"));
        assertEquals(MultilingualPlaybook.EDIT_URL.replace("{path}", "standards/greet.es.md"),
                SITE.browser().find(".page-edit").getDomProperty("href"), "a translation is edited in its own file");
        assertTrue(SITE.browser().find(".site-footer").getText().contains("standards/greet.es.md"), "and named as the source");
    }

    // ---------- helpers ----------

    /** Opens a page of the output folder; {@code path} may end in {@code #anchor}, in letters of any script. */
    private static void open(Served served, String path) {
        int hash = path.indexOf('#');
        SITE.browser().open(hash < 0 ? SITE.url(served, path) : SITE.url(served, path.substring(0, hash)) + "#"
                + java.net.URLEncoder.encode(path.substring(hash + 1), StandardCharsets.UTF_8));
    }

    /** Clicks the switcher's link to a language, as a reader does. */
    private static void choose(String code) {
        SITE.browser().find(".language-switcher a[hreflang=" + code + "]").click();
    }

    private static void switchRelease(String release) {
        WebElement form = SITE.browser().await("the release switcher", d -> d.findElements(By.cssSelector(".release-switcher"))
                .stream().findFirst().filter(WebElement::isDisplayed).orElse(null));
        new Select(form.findElement(By.tagName("select"))).selectByValue(release);
        form.findElement(By.tagName("button")).click();
    }

    private static void awaitPage(String path) {
        SITE.browser().await("the page " + path, d -> {
            String url = d.getCurrentUrl().split("#")[0];
            return url.endsWith("/" + path)
                    && "complete".equals(SITE.browser().script("return document.readyState"));
        });
    }

    /** The address's anchor, decoded, becomes {@code expected} (anchor-alias.js puts the section's own one in). */
    private static void assertAnchor(String expected) {
        assertAnchor(expected, "the anchor in the address");
    }

    private static void assertAnchor(String expected, String what) {
        try {
            SITE.browser().await(what, d -> expected.equals(anchor()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, anchor(), what);
        }
    }

    private static String anchor() {
        String url = SITE.browser().driver().getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
    }

    /**
     * The heading with this text is the one scrolled to: at the top of the window, or, for a
     * section near the end, in the window with the page scrolled as far as it goes.
     */
    private static void assertAtSection(String heading) {
        String measure = """
                const h = [...document.querySelectorAll('.content h2')].find(e => e.textContent.replace('#', '').trim() === arguments[0]);
                if (!h) { return 'no heading'; }
                const top = h.getBoundingClientRect().top;
                const end = window.scrollY > 0 && window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
                const ok = top > -2 && (top < 160 || end && top < window.innerHeight - 40);
                return ok ? 'ok' : `top ${top}, scrollY ${window.scrollY}, height ${window.innerHeight}, page ${document.documentElement.scrollHeight}`;""";
        try {
            SITE.browser().await("the section " + heading, d -> "ok".equals(SITE.browser().script(measure, heading)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the section " + heading + " is not the one scrolled to: "
                    + SITE.browser().script(measure, heading) + " at " + SITE.browser().driver().getCurrentUrl(), e);
        }
    }

    /** The language the element's text is in: its own lang or its nearest ancestor's. */
    private static String language(String css) {
        return SITE.browser().script("return arguments[0].closest('[lang]').getAttribute('lang');", SITE.browser().find(css));
    }

    private static boolean outlined(WebElement link) {
        return SITE.browser().script("""
                const s = getComputedStyle(arguments[0]);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.borderColor !== 'rgba(0, 0, 0, 0)';""", link);
    }
}
