package dev.playbook.config;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code theme:} in playbook.yml: what each setting publishes, and each mistake at its place. */
class ThemeSettingsTest {

    static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\""
            + " height=\"20\" fill=\"#b4005a\"/></svg>";

    static TestPlaybook playbook(Path temp, String theme) {
        return TestPlaybook.in(temp)
                .file("playbook.yml", TestPlaybook.CONFIG + theme)
                .file("index.md", "# Home\n\nSee [the vision](vision.md).\n")
                .file("vision.md", "---\ntype: vision\n---\n# Our vision\n\nWe help.\n")
                .file("images/logo.svg", LOGO)
                .file("images/icon.png", "not really a png, published as it is");
    }

    static final String ALL = """
            theme:
              logo: images/logo.svg
              logo-alt: Acme Outfitters
              favicon: ./images/icon.png
              accent: "#B4005A"
              footer:
                text: Questions? Ask the service desk.
                links:
                  - title: Service desk
                    url: https://desk.example.com/
                  - title: Our vision
                    url: vision.html#top
              announcement:
                text: New goodwill limits from 1 October.
                link: vision.html
                link-text: See the vision
            """;

    @Test
    void everySettingShowsOnEveryPage(@TempDir Path temp) {
        TestPlaybook playbook = playbook(temp, ALL);
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("warning"), result::toString);
        for (String page : new String[] {"index.html", "vision.html", "search.html", "health.html"}) {
            Document html = playbook.html(page);
            assertEquals("images/logo.svg", html.selectFirst(".brand img.brand-logo").attr("src"), page);
            assertEquals("Acme Outfitters", html.selectFirst(".brand img.brand-logo").attr("alt"), page);
            assertTrue(html.select(".brand-mark").isEmpty(), "the logo replaces the theme's mark");
            assertEquals("images/icon.png", html.selectFirst("link[rel=icon]").attr("href"), page);
            assertEquals("image/png", html.selectFirst("link[rel=icon]").attr("type"), page);
            assertEquals(1, html.select("link[href=assets/css/settings.css]").size(), page);
            assertTrue(html.select("link[rel=stylesheet]").get(1).attr("href").endsWith("settings.css"),
                    "the accent follows base.css, so it overrides the theme's");
            assertEquals("Questions? Ask the service desk.", html.selectFirst("footer .footer-text").text(), page);
            assertEquals("https://desk.example.com/", html.select("footer nav[aria-label=Footer] a").get(0).attr("href"));
            assertEquals("vision.html#top", html.select("footer nav[aria-label=Footer] a").get(1).attr("href"));
            assertEquals("New goodwill limits from 1 October. See the vision", html.selectFirst("aside.announcement").text()
                    .replace("Dismiss the announcement", "").strip(), page);
            assertEquals(1, html.select("script[src=assets/js/announcement.js]").size(), page);
        }
        String css = playbook.output("assets/css/settings.css");
        assertTrue(css.contains("--accent: #b4005a;"), css);
        assertTrue(css.contains(":root[data-theme=\"dark\"]"), css);
        assertTrue(playbook.published("images/logo.svg"));
    }

    @Test
    void withoutSettingsThePagesAreAsBefore(@TempDir Path temp) {
        TestPlaybook playbook = playbook(temp, "");
        assertEquals(0, playbook.build().exitCode());
        Document html = playbook.html("index.html");
        assertEquals("assets/favicon.svg", html.selectFirst("link[rel=icon]").attr("href"));
        assertEquals(1, html.select(".brand-mark").size());
        assertTrue(html.select("aside.announcement, .footer-text, .footer-links, link[href$=settings.css]").isEmpty());
        assertFalse(playbook.published("assets/css/settings.css"));
        assertTrue(html.select("script[src$=announcement.js]").isEmpty());
    }

    @Test
    void mistakesArePositionedAndLeaveTheDefaults(@TempDir Path temp) {
        TestPlaybook playbook = playbook(temp, """
                theme:
                  favicon: ../outside.png
                  accent: blue
                  acent: "#000"
                  footer:
                    links:
                      - title: Danger
                        url: javascript:alert(1)
                      - url: https://x.example/
                  announcement:
                    link: vision.html
                """);
        TestPlaybook.Result check = playbook.check();
        assertEquals(1, check.exitCode(), check::toString);
        String err = check.err();
        assertTrue(err.contains("playbook.yml:5:12: error: favicon \"../outside.png\" must be the path of an image"), err);
        assertTrue(err.contains("playbook.yml:6:11: error: accent \"blue\" must be a colour as #rgb or #rrggbb"), err);
        assertTrue(err.contains("playbook.yml:7:3: warning: unknown theme setting \"acent\" (did you mean \"accent\"?)"), err);
        assertTrue(err.contains("playbook.yml:11:14: error: link \"javascript:alert(1)\" must be an https:, http:, mailto: or tel: address"), err);
        assertTrue(err.contains("playbook.yml:12:9: error: a footer link needs \"title:\" and \"url:\""), err);
        assertTrue(err.contains("playbook.yml:14:5: error: the announcement needs a text"), err);
    }

    @Test
    void filesAndPagesTheSettingsNameMustExist(@TempDir Path temp) {
        TestPlaybook playbook = playbook(temp, """
                theme:
                  logo: images/logo.png
                  footer:
                    links:
                      - title: Gone
                        url: visoin.html
                      - title: Notes
                        url: release-notes.html
                """);
        TestPlaybook.Result build = playbook.build();
        assertEquals(1, build.exitCode(), build::toString);
        String err = build.err();
        assertTrue(err.contains("playbook.yml:5:9: error: logo \"images/logo.png\" is not a file of the playbook (did you mean \"images/logo.svg\"?)"), err);
        assertTrue(err.contains("playbook.yml:9:14: error: link \"visoin.html\" leads to nothing in the release (did you mean \"vision.html\"?)"), err);
        assertFalse(err.contains("release-notes.html\" leads"), "the release notes page is Playbook's own: " + err);
        assertFalse(playbook.published("index.html"));
    }

    @Test
    void accentsThatLinksCannotBeReadOnAreWarnings(@TempDir Path temp) {
        TestPlaybook playbook = playbook(temp, """
                theme:
                  accent: "#ff0"
                  accent-dark: "#123"
                  footer: Plain words in the footer
                  announcement: Short and plain
                """);
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook.yml:5:11: warning: accent #ffff00 has a contrast of 1.07:1 on the light background #ffffff"), result::toString);
        assertTrue(result.err().contains("playbook.yml:6:16: warning: accent-dark #112233 has a contrast of 1.14:1 on the dark background #111418"), result::toString);
        assertEquals("Plain words in the footer", playbook.html("index.html").selectFirst(".footer-text").text());
        assertTrue(playbook.html("index.html").select("aside.announcement a").isEmpty());

        TestPlaybook unquoted = playbook(temp.resolve("b"), "theme:\n  accent: #0a5bb4\n");
        TestPlaybook.Result check = unquoted.check();
        assertTrue(check.err().contains("playbook.yml:5:10: warning: accent is empty: quote the colour"), check::toString);
    }

    @Test
    void theDarkAccentIsDerivedToReadOnTheDarkBackground() {
        assertEquals(21.0, AccentPalette.contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(Optional.of("#aabbcc"), AccentPalette.parse(" #ABC "));
        assertEquals(Optional.empty(), AccentPalette.parse("#abcd"));
        for (String accent : new String[] {"#000000", "#0a5bb4", "#b4005a", "#1a6131", "#794800", "#5b2a9e"}) {
            String dark = AccentPalette.forDark(accent);
            assertTrue(AccentPalette.contrast(dark, AccentPalette.DARK_BACKGROUND) >= 7.0, accent + " -> " + dark);
        }
    }
}
