package dev.playbook.browser;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 3, in Chromium: the Arabic and Hebrew editions of a playbook in English, Spanish,
 * Arabic and Hebrew are laid out right to left. The sidebar is on the right, text starts at the
 * right, the header's brand, switchers and search box and the table of contents are mirrored,
 * breadcrumbs point the reading way, tables run right to left while code stays left to right, and
 * nothing overflows sideways at 375 and 1280 pixels, in light and dark mode. Screenshots of each
 * view go to {@code target/screenshots/rtl/}. axe-core finds no violation on the Arabic and Spanish
 * pages.
 */
@ExtendWith(ChromiumInstalled.class)
class RightToLeftBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(RightToLeftBrowserTest::build);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "rtl");
    private static final Dimension PHONE = new Dimension(375, 812);

    private static Path build(Path temp) {
        TestPlaybook playbook = MultilingualPlaybook.fourLanguages(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        return playbook.out();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "he"})
    void theWideLayoutIsMirrored(String code) throws IOException {
        open(code + "/standards/greet.html");
        assertEquals("rtl", SITE.browser().find("html").getDomAttribute("dir"));
        Map<String, Object> at = layout();
        assertTrue(left(at, "sidebar") >= right(at, "main") - 1, "the sidebar is right of the content: " + at);
        assertTrue(left(at, "toc") < left(at, "content"), "the table of contents is left of the text: " + at);
        assertTrue(left(at, "brand") > left(at, "languages") && left(at, "languages") > left(at, "search"),
                "brand, then language switcher, then search box, from the right: " + at);
        assertTrue(num(at, "textRight") > right(at, "paragraph") - 2 && num(at, "textLeft") > left(at, "paragraph") + 20,
                "a paragraph's text starts at the right: " + at);
        assertTrue(right(at, "searchKey") < (left(at, "searchInput") + right(at, "searchInput")) / 2,
                "the search box's key hint is at its left end, where the text ends: " + at);
        assertTrue(num(at, "chevronRotation") < 0, "breadcrumb separators point left, the reading way: " + at);
        assertTrue(((String) at.get("currentShadow")).contains("-3px"), "the current page's mark is on its right: " + at);
        screenshot(code + "-standard-1280-light");

        // The English page, for comparison: the same parts the other way round.
        open("standards/greet.html");
        Map<String, Object> english = layout();
        assertTrue(left(english, "sidebar") < left(english, "main"), english::toString);
        assertTrue(left(english, "brand") < left(english, "languages") && left(english, "languages") < left(english, "search"),
                english::toString);
        assertTrue(num(english, "chevronRotation") > 0, english::toString);
        assertTrue(left(english, "searchKey") > (left(english, "searchInput") + right(english, "searchInput")) / 2, english::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "he"})
    void tablesRunRightToLeftAndCodeStaysLeftToRight(String code) throws IOException {
        open(code + "/guides/codes.html");
        Map<String, Object> table = SITE.browser().script("""
                const cells = document.querySelectorAll('.content table tr:first-child th');
                const pre = document.querySelector('.content pre');
                const range = document.createRange();
                range.selectNodeContents(pre.querySelector('code') || pre);
                const text = range.getBoundingClientRect();
                const box = pre.getBoundingClientRect();
                const style = getComputedStyle(pre);
                return {firstCell: cells[0].getBoundingClientRect().left, secondCell: cells[1].getBoundingClientRect().left,
                        tableDirection: getComputedStyle(cells[0]).direction, preDirection: style.direction,
                        codeDirection: getComputedStyle(pre.querySelector('code') || pre).direction,
                        textLeft: text.left - box.left - parseFloat(style.paddingLeft) - parseFloat(style.borderLeftWidth)};""");
        assertEquals("rtl", table.get("tableDirection"), table::toString);
        assertTrue(num(table, "firstCell") > num(table, "secondCell"), "the first column is on the right: " + table);
        assertEquals("ltr", table.get("preDirection"), table::toString);
        assertEquals("ltr", table.get("codeDirection"), table::toString);
        assertTrue(Math.abs(num(table, "textLeft")) < 2, "the code starts at the block's left: " + table);
        String arrows = SITE.browser().script("""
                return getComputedStyle(document.querySelector('.pager-prev .pager-label'), '::before').content;""");
        assertTrue(arrows.contains("→"), "\"previous\" points right, back the way the text came: " + arrows);
        screenshot(code + "-table-and-code-1280-light");
        open("guides/codes.html");
        String english = SITE.browser().script("""
                return getComputedStyle(document.querySelector('.pager-prev .pager-label'), '::before').content;""");
        assertTrue(english.contains("←"), english);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "he"})
    void nothingOverflowsSidewaysOnAPhoneOrADesktopInLightOrDarkMode(String code) throws IOException {
        List<String> overflowing = new ArrayList<>();
        for (String page : List.of("standards/greet.html", "guides/codes.html", "parameters/credits.html", "index.html",
                "authority.html", "glossary.html", "courses/first-day.html")) {
            for (Dimension size : List.of(PHONE, Browser.DESKTOP)) {
                SITE.browser().resize(size);
                open(code + "/" + page);
                for (String mode : List.of("light", "dark")) {
                    SITE.browser().script("document.documentElement.setAttribute('data-theme', arguments[0])", mode);
                    Map<String, Object> width = SITE.browser().script("""
                            return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                                    background: getComputedStyle(document.body).backgroundColor};""");
                    if (num(width, "scroll") > num(width, "client")) {
                        overflowing.add(page + " at " + size.width + " px (" + mode + "): " + width);
                    }
                    if (mode.equals("dark")) {
                        assertTrue(dark((String) width.get("background")), page + ": dark mode is dark: " + width);
                    }
                    if (page.equals("standards/greet.html")) {
                        screenshot(code + "-standard-" + size.width + "-" + mode);
                    }
                }
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void thePhoneLayoutIsMirroredToo() throws IOException {
        SITE.browser().resize(PHONE);
        open("ar/standards/greet.html");
        Map<String, Object> at = layout();
        assertTrue(left(at, "brand") > left(at, "themeToggle"), "the brand on the right, the mode toggle on the left: " + at);
        assertTrue(num(at, "textRight") > right(at, "paragraph") - 2, at::toString);
        screenshot("ar-standard-375-light-menu-closed");
    }

    @Test
    void axeFindsNoViolationOnTheArabicAndSpanishPages() {
        AxeAudit axe = AxeAudit.load();
        List<String> found = new ArrayList<>();
        for (String page : List.of("ar/standards/greet.html", "ar/standards/listen.html", "ar/guides/codes.html", "ar/index.html",
                "ar/authority.html", "ar/parameters/credits.html", "ar/glossary.html", "ar/courses/first-day.html",
                "es/standards/greet.html", "es/standards/listen.html", "es/index.html", "es/parameters/credits.html",
                "es/authority.html", "es/glossary.html", "he/standards/greet.html", "he/guides/codes.html")) {
            open(page);
            for (String mode : List.of("light", "dark")) {
                SITE.browser().script("document.documentElement.setAttribute('data-theme', arguments[0])", mode);
                List<String> violations = mode.equals("light") ? axe.violations(SITE.browser()) : axe.colourViolations(SITE.browser());
                violations.forEach(v -> found.add(page + " (" + mode + "): " + v));
            }
        }
        assertEquals(List.of(), found);
    }

    // ---------- helpers ----------

    private static void open(String path) {
        SITE.browser().open(SITE.url(Served.HTTP, "2026.2/" + path));
    }

    /** Where the page's parts are, in CSS pixels from the window's left, and a few computed styles. */
    private static Map<String, Object> layout() {
        return SITE.browser().script("""
                const box = (css) => { const e = document.querySelector(css); return e ? e.getBoundingClientRect() : null; };
                const out = {};
                const parts = {sidebar: '.sidebar', main: 'main', toc: '.page-toc', content: '.content', brand: '.brand',
                               languages: '.language-switcher', search: '.site-search', themeToggle: '.theme-toggle',
                               paragraph: '.content p', searchInput: '.site-search-input', searchKey: '.site-search-key'};
                for (const [name, css] of Object.entries(parts)) {
                  const r = box(css);
                  if (r && r.width > 0) { out[name + 'Left'] = r.left; out[name + 'Right'] = r.right; }
                }
                const p = document.querySelector('.content p');
                const range = document.createRange();
                range.selectNodeContents(p);
                const text = range.getBoundingClientRect();
                out.textLeft = text.left; out.textRight = text.right;
                const crumb = document.querySelector('.breadcrumbs li + li');
                const m = crumb ? getComputedStyle(crumb, '::before').transform : 'none';
                const v = m.startsWith('matrix(') ? m.slice(7, -1).split(',').map(Number) : [1, 0];
                out.chevronRotation = Math.round(Math.atan2(v[1], v[0]) * 180 / Math.PI);
                const current = document.querySelector('.site-nav [aria-current="page"]');
                out.currentShadow = current ? getComputedStyle(current).boxShadow : '';
                return out;""");
    }

    private static double left(Map<String, Object> at, String part) {
        return num(at, part + "Left");
    }

    private static double right(Map<String, Object> at, String part) {
        return num(at, part + "Right");
    }

    private static double num(Map<String, Object> at, String key) {
        Object value = at.get(key);
        assertTrue(value instanceof Number, key + " measured: " + at);
        return ((Number) value).doubleValue();
    }

    /** An rgb() colour whose relative luminance is low. */
    private static boolean dark(String colour) {
        String[] rgb = colour.replaceAll("[^0-9.,]", "").split(",");
        double r = Double.parseDouble(rgb[0]), g = Double.parseDouble(rgb[1]), b = Double.parseDouble(rgb[2]);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.25;
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) SITE.browser().driver()).getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG was written to " + file);
    }
}
