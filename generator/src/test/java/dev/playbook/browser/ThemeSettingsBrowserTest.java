package dev.playbook.browser;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code theme:} settings of playbook.yml in Chromium: the accent colour in light and dark mode, the
 * logo and icon, the footer, and an announcement that a reader dismisses by keyboard and that stays
 * dismissed across pages and reloads, from disk and over HTTP.
 */
@ExtendWith(ChromiumInstalled.class)
class ThemeSettingsBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(ThemeSettingsBrowserTest::build);

    private static Path build(Path dir) {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("playbook.yml", TestPlaybook.CONFIG + """
                        theme:
                          logo: images/logo.svg
                          logo-alt: Acme Outfitters
                          favicon: images/logo.svg
                          accent: "#b4005a"
                          footer:
                            text: Questions? Ask the service desk.
                            links:
                              - title: Service desk
                                url: https://desk.example.com/
                          announcement:
                            text: New goodwill limits from 1 October.
                            link: vision.html
                            link-text: See the vision
                        """)
                .file("index.md", "# Home\n\nSee [the vision](vision.md).\n")
                .file("vision.md", "---\ntype: vision\n---\n# Our vision\n\nWe help. [Home](index.md)\n")
                .file("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                        + "<rect width=\"40\" height=\"20\" fill=\"#b4005a\"/></svg>");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        return site.out();
    }

    private String linkColour() {
        return SITE.browser().script("return getComputedStyle(document.querySelector('main p a')).color");
    }

    @ParameterizedTest
    @EnumSource(Served.class)
    void theAccentColoursLinksInLightAndDarkMode(Served served) {
        Browser browser = SITE.browser();
        browser.open(SITE.url(served, "2026.2/vision.html"));
        browser.script("document.documentElement.setAttribute('data-theme', 'light')");
        assertEquals("rgb(180, 0, 90)", linkColour());
        browser.script("document.documentElement.setAttribute('data-theme', 'dark')");
        String dark = linkColour();
        assertFalse(dark.equals("rgb(180, 0, 90)"), "dark pages get the lighter accent: " + dark);
        assertEquals("rgb(221, 140, 181)", dark, "the derived #dd8cb5");
    }

    @ParameterizedTest
    @EnumSource(Served.class)
    void theLogoLoadsAndTheFooterShows(Served served) {
        Browser browser = SITE.browser();
        browser.open(SITE.url(served, "2026.2/index.html"));
        WebElement logo = browser.find("header .brand img.brand-logo");
        assertEquals("Acme Outfitters", logo.getDomAttribute("alt"));
        assertEquals(Boolean.TRUE, browser.script("var i = arguments[0]; return i.complete && i.naturalWidth > 0", logo));
        assertTrue(logo.getSize().getHeight() > 10 && logo.getSize().getHeight() < 40, "logo at header size: " + logo.getSize());
        assertTrue(browser.find("link[rel=icon]").getDomProperty("href").endsWith("images/logo.svg"));
        assertEquals("Questions? Ask the service desk.", browser.find("footer .footer-text").getText());
        assertEquals("https://desk.example.com/", browser.find("footer nav[aria-label=Footer] a").getDomAttribute("href"));
    }

    @Test
    void theAnnouncementIsDismissedByKeyboardAndStaysDismissed() {
        Browser browser = SITE.browser();
        browser.open(SITE.url(Served.HTTP, "2026.2/index.html"));
        browser.script("localStorage.clear()");
        browser.reload();
        WebElement banner = browser.find("aside.announcement");
        assertTrue(banner.isDisplayed());
        assertEquals("See the vision", banner.findElement(org.openqa.selenium.By.cssSelector("a")).getText());
        WebElement dismiss = browser.await("the dismiss button shows", d -> {
            WebElement button = browser.find(".announcement-dismiss");
            return button.isDisplayed() ? button : null;
        });
        // Keyboard: the button is reached with Tab from the links before it, and pressed with Enter.
        browser.script("document.querySelector('aside.announcement a').focus()");
        browser.press(Keys.TAB);
        assertEquals(dismiss, browser.focused());
        browser.press(Keys.ENTER);
        assertFalse(banner.isDisplayed(), "dismissed");
        assertEquals("main", browser.focused().getDomAttribute("id"), "focus moves to the content, not lost");

        browser.open(SITE.url(Served.HTTP, "2026.2/vision.html"));
        browser.await("hidden on other pages", d -> !browser.find("aside.announcement").isDisplayed());
        browser.reload();
        browser.await("hidden after a reload", d -> !browser.find("aside.announcement").isDisplayed());

        // A new announcement (another id) shows again.
        browser.script("localStorage.setItem('playbook-announcement-dismissed', 'an-older-one')");
        browser.reload();
        assertTrue(browser.find("aside.announcement").isDisplayed());
    }
}
