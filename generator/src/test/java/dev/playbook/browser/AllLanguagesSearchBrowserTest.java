package dev.playbook.browser;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, part 4, in Chromium, from disk and over HTTP: the Spanish edition's search searches
 * Spanish, with Spanish analysis (an inflected form finds its page); "All languages", on
 * search.html and in the header box's results, by keyboard, also searches every other language's
 * export with its own analysis, and finds a page only the French edition words that way, labelled
 * with its language and linked into the French folder.
 */
@ExtendWith(ChromiumInstalled.class)
class AllLanguagesSearchBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(AllLanguagesSearchBrowserTest::build);

    private static final String SPANISH_PAGE = "2026.2/es/standards/greet.html";
    private static final String FRENCH_ONLY = "réinitialisation";
    private static final String OPTIONS = "#site-search-results [role=option]";

    private static Path build(Path temp) {
        TestPlaybook playbook = MultilingualPlaybook.searchLanguages(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        return playbook.out();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void theSpanishEditionSearchesSpanishWithSpanishAnalysis(Served served) {
        SITE.browser().open(SITE.url(served, SPANISH_PAGE));
        typeInBox("contraseña ");
        assertEquals("Restablecer contraseñas", firstGroupLabel(), "the singular finds the plural, as SpanishAnalyzer stems");
        String href = SITE.browser().findAll(OPTIONS).get(0).getDomProperty("href");
        assertTrue(href.contains("/2026.2/es/standards/passwords.html"), href);
        assertEquals(List.of("es", "standard"), SITE.browser().script("return window.PlaybookAnalyzer.analyses;"),
                "only the Spanish analysis until another language is asked for");

        SITE.browser().open(SITE.url(served, SPANISH_PAGE));
        typeInBox(FRENCH_ONLY + " ");
        assertTrue(SITE.browser().find(".site-search-none").getText().contains(FRENCH_ONLY), "not a Spanish word");
        List<WebElement> options = SITE.browser().findAll(OPTIONS);
        assertEquals(1, options.size(), "only the choice");
        assertEquals("Buscar en todos los idiomas", options.get(0).getText(), "in the theme's Spanish words");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void allLanguagesInTheBoxFindsAFrenchPageByKeyboard(Served served) {
        SITE.browser().open(SITE.url(served, SPANISH_PAGE));
        typeInBox(FRENCH_ONLY + " ");
        SITE.browser().press(Keys.ARROW_DOWN);
        assertEquals("Buscar en todos los idiomas", activeOption().getText());
        SITE.browser().press(Keys.ENTER);

        String label = SITE.browser().await("a French result", d -> {
            List<WebElement> groups = SITE.browser().findAll("#site-search-results [role=group]");
            return groups.isEmpty() ? null : groups.get(0).getDomAttribute("aria-label");
        });
        assertEquals("Mots de passe (Français)", label);
        WebElement group = SITE.browser().find("#site-search-results [role=group]");
        assertEquals("fr", group.getDomAttribute("lang"));
        WebElement language = group.findElement(By.cssSelector(".search-language"));
        assertEquals("Français", language.getText());
        String href = group.findElement(By.cssSelector("[role=option]")).getDomProperty("href");
        assertTrue(href.contains("/2026.2/fr/standards/passwords.html#"), "into the French folder: " + href);
        assertTrue(SITE.browser().script("return window.PlaybookAnalyzer.analyses;").toString().contains("fr"),
                "the French export is searched with the French analysis");
        assertEquals("Buscar solo en Español", activeOption().getText(), "the keyboard stays on the choice, which now narrows");

        group.findElement(By.cssSelector("[role=option]")).click();
        SITE.browser().await("the French page opens", d -> d.getCurrentUrl().contains("/2026.2/fr/standards/passwords.html"));
        assertEquals("Mots de passe", SITE.browser().find("h1").getText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void allLanguagesOnTheSearchPageLabelsAndFoldsResults(Served served) {
        SITE.browser().open(searchPage(served, FRENCH_ONLY, ""));
        SITE.browser().await("the Spanish search ran", d -> SITE.browser().find(".search-page-status").getText().contains(FRENCH_ONLY));
        assertEquals(List.of(), titles(), "nothing in Spanish");
        WebElement choice = SITE.browser().find("input[name=languages]");
        assertEquals("Todos los idiomas", choice.findElement(By.xpath("..")).getText().strip());
        assertFalse(choice.isSelected());
        choice.sendKeys(Keys.SPACE); // keyboard-usable: a real checkbox

        assertEquals(List.of("Mots de passe"), awaitTitles(1));
        WebElement result = SITE.browser().find(".search-results > .search-result");
        assertEquals("fr", result.getDomAttribute("lang"));
        assertEquals("Français", result.findElement(By.cssSelector(".search-language")).getText());
        String href = result.findElement(By.cssSelector("a.search-hit")).getDomProperty("href");
        assertTrue(href.contains("/2026.2/fr/standards/passwords.html#"), href);
        assertTrue(SITE.browser().driver().getCurrentUrl().contains("languages=all"), "the choice is in the address");

        // The same page found in Spanish, English and French is one result, Spanish first, naming the others.
        SITE.browser().open(searchPage(served, "identidad identity identité", "&languages=all"));
        assertTrue(SITE.browser().find("input[name=languages]").isSelected(), "a linked search keeps the choice");
        assertEquals(List.of("Restablecer contraseñas"), awaitTitles(1));
        WebElement folded = SITE.browser().await("the other languages named", d -> {
            List<WebElement> lines = SITE.browser().findAll(".search-also-languages");
            return lines.isEmpty() ? null : lines.get(0);
        });
        assertEquals("También en English Français", folded.getText());
        assertTrue(folded.findElements(By.cssSelector("a")).get(0).getDomProperty("href").endsWith("/2026.2/standards/passwords.html"));
        assertTrue(folded.findElements(By.cssSelector("a")).get(1).getDomProperty("href").endsWith("/2026.2/fr/standards/passwords.html"));
        assertTrue(SITE.browser().findAll(".search-results .search-language").isEmpty(), "the result is in the reader's language");
    }

    private static String searchPage(Served served, String query, String more) {
        return SITE.url(served, "2026.2/es/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20") + more);
    }

    private static List<String> titles() {
        return SITE.browser().script("return Array.from(document.querySelectorAll("
                + "'.search-results > .search-result .search-page-title'), e => e.textContent.trim());");
    }

    private static List<String> awaitTitles(int count) {
        return SITE.browser().await(count + " results", d -> {
            List<String> titles = titles();
            return titles.size() == count ? titles : null;
        });
    }

    private static String firstGroupLabel() {
        return SITE.browser().find("#site-search-results [role=group]").getDomAttribute("aria-label");
    }

    private static WebElement activeOption() {
        String id = SITE.browser().find("#site-search-q").getDomAttribute("aria-activedescendant");
        return SITE.browser().find("#" + id);
    }

    /** Types into the header box and waits for the results of everything typed so far. */
    private static void typeInBox(String text) {
        WebElement box = SITE.browser().find("#site-search-q");
        box.click();
        box.sendKeys(text);
        String all = box.getDomProperty("value");
        SITE.browser().await("results for " + all, driver -> {
            WebElement panel = SITE.browser().find(".site-search-panel");
            // The query in the language's quotes ("…", «…», „…“), closed: the results of all of it, not of a prefix.
            java.util.regex.Pattern quoted = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(all.strip()) + "\\s?[”»“’」]");
            return panel.isDisplayed() && SITE.browser().findAll(".site-search-all:not(.site-search-languages), .site-search-none").stream()
                    .anyMatch(line -> quoted.matcher(line.getText()).find());
        });
    }
}
