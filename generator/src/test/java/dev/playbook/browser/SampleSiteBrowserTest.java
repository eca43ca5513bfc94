package dev.playbook.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader's walk through the built sample playbook in Chromium, once opened from disk and once
 * from a web server: home page, sidebar, dark mode, keyboard, phone menu. No page may log an error or a warning.
 */
@ExtendWith(ChromiumInstalled.class)
class SampleSiteBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    private static final String SITE_TITLE = "Larkspur Service Playbook";
    private static final String STANDARD = "standards/own-the-problem.html";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void homePageShowsThePlaybook(Served served) {
        SITE.browser().open(url(served, "index.html"));

        assertEquals(SITE_TITLE, SITE.browser().driver().getTitle());
        assertEquals(SITE_TITLE, SITE.browser().find("h1").getText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void sidebarLeadsToAStandardAndAStory(Served served) {
        SITE.browser().open(url(served, "index.html"));

        navGroup("Standards").findElement(By.linkText("Own the problem")).click();
        SITE.browser().await("the standard opens", driver -> driver.getCurrentUrl().endsWith(STANDARD));
        assertEquals("Own the problem", SITE.browser().find("h1").getText());
        assertEquals("Own the problem · " + SITE_TITLE, SITE.browser().driver().getTitle());
        assertEquals("Own the problem", SITE.browser().find("#site-nav [aria-current=page]").getText());
        List<String> toc = SITE.browser().findAll(".page-toc a").stream().map(WebElement::getText).toList();
        assertTrue(toc.containsAll(List.of("How", "When", "Authority")), "table of contents: " + toc);

        WebElement story = navGroup("Stories").findElement(By.cssSelector(".nav-entries a"));
        String storyTitle = story.getText();
        story.click();
        SITE.browser().await("the story opens", driver -> driver.getCurrentUrl().contains("/stories/"));
        assertEquals(storyTitle, SITE.browser().find("h1").getText());
        assertEquals("Story", SITE.browser().find(".page-type").getDomProperty("textContent").strip());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void darkModeButtonSwitchesAndRemembers(Served served) {
        SITE.browser().open(url(served, STANDARD));
        forgetThemeChoice();
        SITE.browser().reload();
        WebElement button = SITE.browser().find(".theme-toggle");
        assertTrue(button.isDisplayed(), "the dark mode button shows");
        assertNull(theme(), "no choice made yet: the system's (light) scheme applies");
        assertEquals("false", button.getDomAttribute("aria-pressed"));
        String light = bodyBackground();

        try {
            button.click();
            assertEquals("dark", theme());
            assertEquals("true", button.getDomAttribute("aria-pressed"));
            String dark = SITE.browser().await("the background darkens", driver -> light.equals(bodyBackground()) ? null : bodyBackground());

            // Chromium may or may not keep localStorage for file:// pages; a web server must keep it.
            if (served == Served.HTTP) {
                SITE.browser().reload();
                assertEquals("dark", theme(), "the choice survives a reload");
                assertEquals("true", SITE.browser().find(".theme-toggle").getDomAttribute("aria-pressed"));
                assertEquals(dark, bodyBackground());
            }

            SITE.browser().find(".theme-toggle").click();
            assertEquals("light", theme());
            assertEquals("false", SITE.browser().find(".theme-toggle").getDomAttribute("aria-pressed"));
            SITE.browser().await("the background turns light again", driver -> light.equals(bodyBackground()));
        } finally {
            forgetThemeChoice();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void firstTabStopSkipsToTheContent(Served served) {
        SITE.browser().open(url(served, STANDARD));
        // A Tab sent before the page is complete and has the window's focus can be lost (a CI run
        // once saw the focus stay on <body>): wait for both, then for the Tab to move the focus.
        SITE.browser().await("the page is complete and focused", driver -> SITE.browser().<Boolean>script(
                "return document.readyState === 'complete' && document.hasFocus()"
                        + " && (document.activeElement === null || document.activeElement === document.body)"));

        SITE.browser().press(Keys.TAB);
        WebElement first = SITE.browser().await("the Tab moves the focus off <body>", driver -> {
            WebElement focused = SITE.browser().focused();
            return "body".equals(focused.getTagName()) ? null : focused;
        });
        assertEquals("Skip to content", first.getText());
        assertTrue(first.isDisplayed(), "the skip link shows once focused");

        SITE.browser().press(Keys.ENTER);
        SITE.browser().await("focus moves to <main>", driver -> "main".equals(SITE.browser().focused().getDomAttribute("id")));
        assertTrue(SITE.browser().driver().getCurrentUrl().endsWith("#main"), SITE.browser().driver().getCurrentUrl());
        long top = SITE.browser().<Number>script("return Math.round(document.getElementById('main').getBoundingClientRect().top)").longValue();
        long height = SITE.browser().<Number>script("return window.innerHeight").longValue();
        assertTrue(top >= 0 && top < height / 2, "main starts in the upper half of the window: " + top);
    }

    /**
     * A trainer's link to a section lands on it as the page opens, at once: a glide (the theme's
     * smooth scrolling) still under way while the course bar and the release switcher appeared above
     * it once stopped 200 px short (seen in LanguageSwitcherBrowserTest on CI). Jumps within the page
     * still glide.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aLinkToASectionLandsOnItAtOnceAndJumpsWithinThePageGlide(Served served) {
        SITE.browser().resize(new org.openqa.selenium.Dimension(1280, 420));
        SITE.browser().open(url(served, STANDARD) + "#when");
        // open() returns at the load event: the section must be in place then, not on its way.
        String place = "const h = document.getElementById(arguments[0]).getBoundingClientRect().top;"
                + " const header = document.querySelector('.site-header').getBoundingClientRect().height;"
                + " return Math.round(h - header);";
        long top = SITE.browser().<Number>script(place, "when").longValue();
        assertTrue(top >= 0 && top < 40, "the section When is just below the header as the page opens: " + top
                + " px, scrolled " + SITE.browser().script("return window.scrollY"));
        SITE.browser().await("in-page jumps glide once the page has loaded", driver -> "smooth".equals(SITE.browser()
                .script("return getComputedStyle(document.documentElement).scrollBehavior")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void phoneMenuOpensAndCloses(Served served) {
        SITE.browser().resize(Browser.PHONE);
        SITE.browser().open(url(served, STANDARD));
        WebElement button = SITE.browser().find(".nav-toggle");
        WebElement nav = SITE.browser().find("#site-nav");

        assertTrue(button.isDisplayed(), "the Menu button shows on a phone");
        assertFalse(nav.isDisplayed(), "the navigation starts closed");
        assertEquals("false", button.getDomAttribute("aria-expanded"));
        long overflow = SITE.browser().<Number>script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth").longValue();
        assertEquals(0, overflow, "the page does not scroll sideways");

        button.click();
        assertEquals("true", button.getDomAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed(), "the navigation opens");

        nav.findElement(By.cssSelector("a")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getDomAttribute("aria-expanded"));
        assertFalse(nav.isDisplayed(), "Escape closes the navigation");
        assertEquals(button, SITE.browser().focused(), "and gives focus back to the button");
    }

    private static String url(Served served, String path) {
        return SITE.url(served, SampleSite.RELEASE + "/" + path);
    }

    /** The sidebar's group of that visible title, once the page shows it (a CI run once looked before it did). */
    private static WebElement navGroup(String title) {
        return SITE.browser().await("a navigation group " + title, driver -> SITE.browser().findAll("#site-nav .nav-group").stream()
                .filter(group -> group.findElements(By.cssSelector(".nav-group-title")).stream()
                        .anyMatch(heading -> heading.getText().equals(title)))
                .findFirst()
                .orElse(null));
    }

    private static String theme() {
        return SITE.browser().find("html").getDomAttribute("data-theme");
    }

    private static String bodyBackground() {
        return SITE.browser().find("body").getCssValue("background-color");
    }

    private static void forgetThemeChoice() {
        SITE.browser().script("try { localStorage.removeItem('playbook-theme'); } catch (e) { /* storage off limits */ }");
    }
}
