package dev.playbook.render;

import dev.playbook.charts.ChartWords;
import dev.playbook.model.Amount;
import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, item 5: dates, numbers and amounts written the reader's way by {@code java.text} (CLDR),
 * the same amount in every language. Arabic is written with CLDR's default digits for {@code ar},
 * the Arabic-Indic ones (١٢٣), in amounts, numbers and dates alike; a playbook that wants Latin
 * digits names a region that uses them ({@code ar-MA}) or the {@code -u-nu-latn} extension.
 */
class LocalFormatsTest {

    @TempDir
    Path temp;

    private static Localisation in(String code) {
        return new Localisation(code, code + "/", Map.of(), List.of(new Localisation.Alternate("en", "English", "", "ltr"),
                new Localisation.Alternate(code, code, code + "/", "ltr")), Set.of(), Optional.empty());
    }

    private static Amount amount(String text) {
        return Amount.parse(text).orElseThrow();
    }

    @Test
    void amountsAreTheSameAmountWrittenEachLanguagesWay() {
        Amount money = amount("1250.50 USD");
        assertEquals("1.250,50\u00a0US$", in("es").amount(money));
        assertEquals("1.250,50\u00a0$", in("de").amount(money));
        assertEquals("1\u202f250,50\u00a0$US", in("fr").amount(money));
        assertEquals("١٬٢٥٠٫٥٠\u00a0US$", in("ar").amount(money));
        assertEquals("US$\u00a01,250.50", in("ar-u-nu-latn").amount(money), "Latin digits when the tag asks for them");
        assertEquals("$1,250.50", in("en").amount(money));
        // A whole amount keeps no cents; a quantity keeps its unit as written.
        assertEquals("25\u00a0US$", in("es").amount(amount("25 USD")));
        assertEquals("٢٥\u00a0US$", in("ar").amount(amount("25 USD")));
        assertEquals("1.000,5", in("de").number(new BigDecimal("1000.5")));
    }

    @Test
    void datesAreWrittenEachLanguagesWayWithTheirOwnDigits() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        assertEquals("1 oct 2026", in("es").date(date));
        assertEquals("01.10.2026", in("de").date(date));
        assertEquals("1 oct. 2026", in("fr").date(date));
        assertEquals("٠١\u200f/١٠\u200f/٢٠٢٦", in("ar").date(date), "Arabic-Indic digits, as in its amounts");
        assertEquals("2026-10-01", Localisation.single("en", Map.of(), "ltr").date(date), "a one-language playbook keeps ISO dates");
    }

    @Test
    void chartsWritePercentagesMonthsAndDifferencesTheLanguagesWay() {
        ChartWords es = in("es").chartWords();
        ChartWords de = in("de").chartWords();
        ChartWords fr = in("fr").chartWords();
        ChartWords ar = in("ar").chartWords();
        assertEquals("84,2\u00a0%", percent(es));
        assertEquals("84,2\u00a0%", percent(de));
        assertEquals("84,2\u00a0%", percent(fr));
        assertEquals("٨٤٫٢٪؜", percent(ar));
        assertEquals("84.2%", percent(ChartWords.ENGLISH), "a one-language playbook's charts as before");
    }

    private static String percent(ChartWords words) {
        return dev.playbook.charts.Trend.describeValue(percentMetric(), new BigDecimal("84.2"), words);
    }

    /** A metric in percent with one decimal, as a scoreboard shows it. */
    private static dev.playbook.metrics.Metric percentMetric() {
        return new dev.playbook.metrics.Metric("csat", "csat", "CSAT", "Share rating 4 or 5.", "%",
                dev.playbook.metrics.Direction.HIGHER, Optional.of(new BigDecimal("84.0")), List.of(),
                List.of(new dev.playbook.metrics.Measurement(LocalDate.of(2026, 9, 30), new BigDecimal("84.2"), "")));
    }

    @Test
    void chartsNameMonthsAndSayTheTrendInTheLanguage() throws java.io.IOException {
        dev.playbook.metrics.Metric metric = percentMetric();
        ChartWords spanish = new ChartWords(java.util.Locale.forLanguageTag("es"),
                Map.of("chart.oneMeasurement", "Una medición: {0} en {1}."), true);
        assertEquals("Una medición: 84,2\u00a0% en septiembre de 2026. Target at least 84,0\u00a0%: met, 0,2 percentage points above it.",
                dev.playbook.charts.Trend.describe(metric, "", spanish), "words the theme lacks stay English; figures follow the language");
        ChartWords german = new ChartWords(java.util.Locale.GERMAN, german(), true);
        assertEquals("Eine Messung: 84,2\u00a0% im September 2026. Ziel mindestens 84,0\u00a0%: erreicht, 0,2 Prozentpunkte darüber.",
                dev.playbook.charts.Trend.describe(metric, "", german), "with the theme's German words");
    }

    @Test
    void aBuiltPlaybookWritesItsLimitsAndMatrixInEachLanguageWithTheSameAmounts() {
        TestPlaybook playbook = MultilingualPlaybook.threeLanguages(temp);
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        Document english = playbook.html("parameters/credits.html");
        Document spanish = playbook.html("es/parameters/credits.html");
        Document arabic = playbook.html("ar/parameters/credits.html");
        List<String> en = english.select(".limits-table .amount").eachText();
        List<String> es = spanish.select(".limits-table .amount").eachText();
        List<String> ar = arabic.select(".limits-table .amount").eachText();
        assertTrue(!en.isEmpty(), "the limits table has amounts");
        assertEquals(en.size(), es.size());
        assertEquals(en.size(), ar.size());
        for (int i = 0; i < en.size(); i++) {
            assertEquals(value(en.get(i)), value(es.get(i)), "the same amount in Spanish: " + en.get(i) + " / " + es.get(i));
            assertEquals(value(en.get(i)), value(ar.get(i)), "the same amount in Arabic: " + en.get(i) + " / " + ar.get(i));
        }
        assertTrue(es.get(0).endsWith("US$"), es.get(0));
        assertTrue(ar.get(0).matches(".*[\u0660-\u0669].*"), "Arabic-Indic digits: " + ar.get(0));
        Document matrix = playbook.html("es/authority.html");
        assertTrue(matrix.selectFirst(".matrix-table caption").text().startsWith("Límites vigentes el "), matrix.selectFirst("caption").text());
        assertEquals("2026-10-01", matrix.selectFirst(".matrix-table caption time").attr("datetime"), "machine-readable date stays ISO");
    }

    /** The number in an amount as written in any language: digits of any script, decimal comma or point. */
    private static BigDecimal value(String written) {
        StringBuilder digits = new StringBuilder();
        String text = written.replaceAll("[^0-9\u0660-\u0669.,\u066b\u066c]", "");
        // The last separator followed by exactly two digits is the decimal one; the rest group thousands.
        int decimal = Math.max(Math.max(text.lastIndexOf('.'), text.lastIndexOf(',')), text.lastIndexOf('\u066b'));
        boolean hasDecimals = decimal >= 0 && text.length() - decimal - 1 == 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(Character.getNumericValue(c));
            } else if (hasDecimals && i == decimal) {
                digits.append('.');
            }
        }
        return new BigDecimal(digits.toString()).stripTrailingZeros();
    }

    /** The theme's German words, as a build reads them. */
    private static Map<String, String> german() throws java.io.IOException {
        Path file = Path.of(System.getProperty("playbook.repo.root", "..")).resolve("themes/default/messages/de.properties");
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> words = new java.util.TreeMap<>();
        properties.stringPropertyNames().forEach(k -> words.put(k, properties.getProperty(k)));
        return words;
    }
}
