package dev.playbook.browser;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, part 4: a French playbook's search, in Chromium, from disk and over HTTP, loads the
 * French analysis (analysis/fr.js, and no other language's) and finds a page by another inflected
 * form of its words, elided article and accents included, as Lucene's FrenchAnalyzer does.
 */
@ExtendWith(ChromiumInstalled.class)
class LanguageSearchBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(LanguageSearchBrowserTest::buildFrench);

    private static final String REFUNDS = "Remboursements";
    private static final String DELIVERY = "Livraisons";

    private static Path buildFrench(Path temp) {
        TestPlaybook playbook = TestPlaybook.in(temp)
                .file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: fr-CA"))
                .file("index.md", "# Accueil\n\nBienvenue.\n")
                .file("refunds.md", "# " + REFUNDS + "\n\nLe remboursement est effectué sous cinq jours ouvrés, après"
                        + " vérification de l'échange par une conseillère.\n")
                .file("delivery.md", "# " + DELIVERY + "\n\nLes colis endommagés sont remplacés par le transporteur.\n");
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        return playbook.out();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anInflectedFormFindsItsPageWithOnlyTheFrenchAnalysisLoaded(Served served) {
        SITE.browser().open(SITE.url(served, "index.html"));
        typeInBox("remboursés ");
        assertEquals(REFUNDS, firstPageTitle());
        assertEquals(List.of("fr", "standard"), SITE.browser().script("return window.PlaybookAnalyzer.analyses;"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void anElidedArticleAndAccentsDoNotMatter(Served served) {
        SITE.browser().open(SITE.url(served, "index.html"));
        typeInBox("L’ECHANGE ");
        assertEquals(REFUNDS, firstPageTitle());
        assertTrue(marked().contains("l'échange"), marked()::toString);
        SITE.browser().open(SITE.url(served, "index.html"));
        typeInBox("endommagé ");
        assertEquals(DELIVERY, firstPageTitle());
    }

    private static String firstPageTitle() {
        return SITE.browser().find("#site-search-results [role=group]").getDomAttribute("aria-label");
    }

    private static List<String> marked() {
        return SITE.browser().findAll("#site-search-results mark").stream().map(WebElement::getText).distinct().toList();
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
