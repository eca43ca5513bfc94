package dev.playbook.browser;

import dev.playbook.testing.JapanesePlaybook;
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
 * Issue 14, part 6: a Japanese playbook's search box, in Chromium, from disk and over HTTP, finds a
 * kanji word and a katakana word as they are typed, and marks just the matching characters.
 */
@ExtendWith(ChromiumInstalled.class)
class LanguagesBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(LanguagesBrowserTest::buildJapanese);

    private static final String BOX = "#site-search-q";
    private static final String OPTIONS = "#site-search-results [role=option]";

    private static Path buildJapanese(Path temp) {
        TestPlaybook playbook = JapanesePlaybook.in(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        return playbook.out();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aKanjiWordFindsItsPage(Served served) {
        SITE.browser().open(SITE.url(served, "2026.2/guides/phone.html"));
        typeInBox("返金");

        assertEquals(JapanesePlaybook.REFUND_TITLE, firstPageTitle());
        assertTrue(SITE.browser().findAll(OPTIONS).get(0).getDomProperty("href").contains("guides/refunds.html"));
        assertEquals(List.of("返金"), marked());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aKatakanaWordFindsItsPageAsItIsTyped(Served served) {
        SITE.browser().open(SITE.url(served, "2026.2/index.html"));
        typeInBox("クー"); // the word's first bigram: already enough
        assertEquals(JapanesePlaybook.COUPON_TITLE, firstPageTitle());
        typeInBox("ポン");
        assertEquals(JapanesePlaybook.COUPON_TITLE, firstPageTitle());
        assertTrue(marked().contains("クーポン"), marked()::toString);
    }

    private static String firstPageTitle() {
        return SITE.browser().find("#site-search-results [role=group]").getDomAttribute("aria-label");
    }

    private static List<String> marked() {
        return SITE.browser().findAll("#site-search-results mark").stream().map(WebElement::getText).distinct().toList();
    }

    /** Types into the header box and waits for the results of everything typed so far. */
    private static void typeInBox(String text) {
        WebElement box = SITE.browser().find(BOX);
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
