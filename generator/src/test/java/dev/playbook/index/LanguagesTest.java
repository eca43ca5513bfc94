package dev.playbook.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.JapanesePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, part 6: a playbook in any language builds, and its search finds its words. */
class LanguagesTest {

    @TempDir
    Path dir;

    @Test
    void aJapanesePlaybookBuildsAndSearchFindsKanjiAndKatakanaWords() throws Exception {
        TestPlaybook site = JapanesePlaybook.in(dir);
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.all().contains("language"), result::toString);
        assertEquals("ja", site.html("guides/refunds.html").selectFirst("html").attr("lang"));
        assertTrue(site.output("search/index.properties").contains("analysis=cjk\n"), site.output("search/index.properties"));
        assertTrue(site.output("search/manifest.js").contains("\"language\":\"ja\",\"analysis\":\"cjk\""));

        assertEquals(List.of(JapanesePlaybook.REFUND_TITLE), titles(site, "返金"));
        assertEquals(List.of(JapanesePlaybook.COUPON_TITLE), titles(site, "クーポン"));
        // A phrase typed without spaces is its bigrams; the page holding the most of them comes first.
        assertEquals(JapanesePlaybook.REFUND_TITLE, titles(site, "注文番号を確認").get(0));
        // Half-width katakana is folded to full width, on both sides.
        assertEquals(List.of(JapanesePlaybook.COUPON_TITLE), titles(site, "ｸｰﾎﾟﾝ"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-Hans, 退款将在三到五个工作日内完成。, 退款, cjk",
        "ko, 환불은 영업일 기준 3~5일 이내에 처리됩니다., 환불은, cjk",
        "pt-BR, O reembolso leva de três a cinco dias úteis., reembolsos, pt",
        "es, Los reembolsos se procesan en cinco días., reembolso, es",
        "fr, Les remboursements sont traités sous cinq jours., remboursement, fr",
        "de, Rückerstattungen werden innerhalb von fünf Tagen bearbeitet., Rückerstattung, de",
        "it, I rimborsi vengono elaborati entro cinque giorni., rimborso, it",
        "nl, Terugbetalingen worden binnen vijf dagen verwerkt., terugbetaling, nl",
        "sv, Återbetalningar behandlas inom fem arbetsdagar., återbetalning, sv",
        "ar, سيتم رد المبلغ خلال ثلاثة أيام عمل., المبلغ, standard",
        "fi, Palautus kestää viisi arkipäivää., palautus, standard",
        "ru, Возврат денег занимает пять рабочих дней., ВОЗВРАТ, standard",
        "tr, İade işlemi beş iş günü içinde tamamlanır., iade, standard",
        "xx, Zorblax quux frobnitz., frobnitz, standard",
        "en-GB, Refunds are processed within five days., refund, en",
    })
    void everyLanguageBuildsWithItsAnalysis(String language, String text, String query, String analysis) throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: " + language))
                .file("index.md", "# Home\n\n" + text + "\n")
                .file("other.md", "# Other\n\nNothing here.\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("language"), result::toString);
        assertEquals(language, site.html("index.html").selectFirst("html").attr("lang"));
        assertTrue(site.output("search/index.properties").contains("analysis=" + analysis + "\n"));
        assertEquals(List.of("Home"), titles(site, query));
    }

    @Test
    void aLanguageThatIsNoTagIsAWarningAtItsPlaceAndTheBuildGoesOn() {
        TestPlaybook site = TestPlaybook.in(dir).file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: 日本語"))
                .file("index.md", "# Home\n\nWelcome.\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/playbook.yml:3:11: warning: language \"日本語\" is not a BCP 47 language tag;"
                + " write a code such as en, ja, zh-Hans or pt-BR (search uses its generic analysis meanwhile)"), result::toString);
        assertTrue(site.output("search/index.properties").contains("analysis=standard\n"));
    }

    /** Issue 13, found by SiteConfigFuzzTest: {@code language: !x} (a YAML tag, no value) left pages with {@code lang=""}. */
    @Test
    void anEmptyLanguageIsAWarningAndPagesAreEnglish() {
        TestPlaybook site = TestPlaybook.in(dir).file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: !x"))
                .file("index.md", "# Home\n\nWelcome.\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/playbook.yml:3:11: warning: language is empty; write a code such as en, ja,"
                + " zh-Hans or pt-BR (en meanwhile)"), result::toString);
        assertEquals("en", site.html("index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void tagsPickTheirAnalysisByLanguageAndScript() {
        assertEquals(SearchAnalysis.ENGLISH, SearchAnalysis.forLanguage("EN-us"));
        assertEquals(SearchAnalysis.SPANISH, SearchAnalysis.forLanguage("es-419"));
        assertEquals(SearchAnalysis.CJK, SearchAnalysis.forLanguage("zh-Hant-TW"));
        assertEquals(SearchAnalysis.CJK, SearchAnalysis.forLanguage("yue"));
        assertEquals(SearchAnalysis.CJK, SearchAnalysis.forLanguage("und-Hani"));
        assertEquals(SearchAnalysis.FRENCH, SearchAnalysis.forLanguage("fr-CA"));
        assertEquals(SearchAnalysis.GERMAN, SearchAnalysis.forLanguage("de-CH"));
        assertEquals(SearchAnalysis.PORTUGUESE, SearchAnalysis.forLanguage("pt-BR"));
        assertEquals(SearchAnalysis.ITALIAN, SearchAnalysis.forLanguage("ita"));
        assertEquals(SearchAnalysis.DUTCH, SearchAnalysis.forLanguage("nl-BE"));
        assertEquals(SearchAnalysis.SWEDISH, SearchAnalysis.forLanguage("sv_FI"));
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage("sr-Latn"));
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage("nb"));
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage("x-klingon"));
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage(""));
    }

    private static List<String> titles(TestPlaybook site, String query) throws Exception {
        TestPlaybook.Result result = TestPlaybook.run("search", "--out", site.out().toString(), "--json", query);
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode hits = new ObjectMapper().readTree(result.out()).get("hits");
        return StreamSupport.stream(hits.spliterator(), false).map(hit -> hit.get("title").asText()).distinct().toList();
    }
}
