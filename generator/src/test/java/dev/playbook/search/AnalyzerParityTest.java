package dev.playbook.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.playbook.index.SearchAnalysis;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The browser analyses a query exactly as Lucene analysed the pages: analyzer.js, run in headless
 * Chromium, makes the same terms as {@link AnalyzerVectors} for every word and every line of each
 * corpus, with every analysis. A failure lists every text that came out differently.
 */
class AnalyzerParityTest {

    private static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = REPO.resolve("themes/default/assets/js/search/analyzer.js");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String NOT_INSTALLED = "Chromium not installed: apt-get install chromium chromium-driver";

    // Texts per round trip: one executeScript call carries a few hundred KB at most.
    private static final int BATCH = 4000;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Analyzer parity</title>
            <script src="analyzer.js"></script>
            </head><body></body></html>
            """;

    // Debian's Chromium runs ahead of the DevTools versions Selenium bundles, and the driver says so
    // on every start; this test uses no DevTools. Held in a field so the level is not forgotten.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    @TempDir
    static Path temp;

    private static ChromeDriver browser;

    @BeforeAll
    static void openPage() throws IOException {
        if (!installed()) {
            return; // each test then reports itself skipped (or failed on CI)
        }
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        Files.copy(SCRIPT, temp.resolve("analyzer.js"));
        Files.createDirectories(temp.resolve("analysis"));
        try (var files = Files.list(SCRIPT.resolveSibling("analysis"))) {
            for (Path file : files.toList()) {
                Files.copy(file, temp.resolve("analysis").resolve(file.getFileName()));
            }
        }
        Files.writeString(temp.resolve("analyzer.html"), PAGE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withSilent(true)
                .build();
        browser = new ChromeDriver(service, options);
        browser.get(temp.resolve("analyzer.html").toUri().toString());
        // Every analysis file, as the search page loads the one its export names.
        Object loaded = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " Promise.all(PlaybookAnalyzer.known.map((id) => PlaybookAnalyzer.load(id)))"
                + ".then(() => done(PlaybookAnalyzer.analyses), (e) => done(String(e)));");
        assertEquals(List.copyOf(AnalyzerVectors.analyses()), loaded, "every analysis loads from analysis/ID.js");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void requireBrowser() {
        if (!installed()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(NOT_INSTALLED);
            }
            abort(NOT_INSTALLED);
        }
    }

    @Test
    void samplePlaybook() {
        assertSameTerms(ParityCorpus.samplePlaybook(REPO.resolve("playbook")));
    }

    @Test
    void syntheticEnglish() {
        assertSameTerms(ParityCorpus.syntheticEnglish());
    }

    @Test
    void spanishWords() {
        assertSameTerms(ParityCorpus.spanishWords());
    }

    /** Real text in many languages and scripts, through every analysis (the generic ones above all). */
    @Test
    void manyLanguages() {
        assertSameTerms(LanguageCorpus.manyLanguages());
    }

    /** Random strings of CJK pieces: kana of both widths, voiced marks, hangul, ideographs, and what breaks runs. */
    @Test
    void randomCjk() {
        assertSameTerms(LanguageCorpus.randomCjk());
    }

    /**
     * Real prose in each language search supports, through that language's analysis, words and
     * sentences; and the analysis does what it is for (stems, or makes bigrams), so a language that
     * fell back to the generic analysis shows here.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "de", "pt", "it", "nl", "sv", "zh", "ja", "ko"})
    void realProse(String language) {
        String analysis = ProseCorpus.LANGUAGES.get(language);
        assertEquals(analysis, SearchAnalysis.forLanguage(language).id());
        List<String> texts = ProseCorpus.prose(language);
        assertTrue(ProseCorpus.text(language).split("\\s+").length >= 250 || analysis.equals("cjk"), "a few hundred words");
        assertSameTerms(texts, List.of(analysis));
        long changed = texts.stream().filter(text -> !text.contains(" "))
                .filter(word -> !AnalyzerVectors.terms(analysis, word).equals(AnalyzerVectors.terms("standard", word))).count();
        assertTrue(changed > 50, () -> analysis + " changed only " + changed + " words of the " + language + " prose");
    }

    /** The stress vocabulary of each language: its stems with every ending, casings, elisions, random strings. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "de", "pt", "it", "nl", "sv", "zh", "ja", "ko"})
    void stressVocabulary(String language) {
        assertSameTerms(ProseCorpus.stress(language), List.of(ProseCorpus.LANGUAGES.get(language)));
    }

    /**
     * A language no stemming analysis knows (issue 18: Polish, Turkish...) is searched with the
     * generic one, in the build and in the browser alike: its real sentence, word by word, and its
     * words in capitals (Turkish dotted and dotless i), give the same terms.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pl", "tr", "fi", "ru", "el", "vi", "hi", "ar", "he", "th"})
    void otherLanguagesGetTheStandardAnalysis(String language) {
        assertEquals(SearchAnalysis.STANDARD, SearchAnalysis.forLanguage(language));
        String line = LanguageCorpus.line(language);
        List<String> texts = new ArrayList<>(List.of(line, line.toUpperCase(java.util.Locale.ROOT)));
        for (String word : line.split("\\s+")) {
            texts.addAll(List.of(word, word.toUpperCase(java.util.Locale.ROOT), word.toLowerCase(java.util.Locale.ROOT)));
        }
        assertSameTerms(texts, List.of("standard"), 10);
    }

    /** The spans the browser marks in results: each term's stretch of the text, as Lucene's offsets give it. */
    @Test
    void spansAreLucenesOffsets() {
        List<String> texts = LanguageCorpus.manyLanguages();
        List<String> mismatches = new ArrayList<>();
        for (String analysis : AnalyzerVectors.analyses()) {
            @SuppressWarnings("unchecked")
            List<List<Object>> inBrowser = (List<List<Object>>) browser.executeScript(
                    "return arguments[1].map((text) => PlaybookAnalyzer.spans(arguments[0], text));", analysis, texts);
            for (int i = 0; i < texts.size(); i++) {
                String expected = AnalyzerVectors.spans(analysis, texts.get(i)).toString();
                String actual = inBrowser.get(i).toString();
                if (!expected.equals(actual)) {
                    mismatches.add("[" + analysis + "] " + Visible.text(texts.get(i)) + "\n    browser: " + actual + "\n    lucene:  " + expected);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " texts have other spans:\n" + String.join("\n", mismatches));
    }

    @Test
    void unknownAnalysisIsAnErrorThatNamesIt() {
        JavascriptException error = assertThrows(JavascriptException.class,
                () -> browser.executeScript("return PlaybookAnalyzer.analyze('xx', 'text');"));
        assertTrue(error.getMessage().contains("unknown analysis \"xx\" (known: cjk, de, en, es, fr, it, nl, pt, standard, sv)"),
                error::getMessage);
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    private static void assertSameTerms(List<String> texts) {
        assertSameTerms(texts, List.copyOf(AnalyzerVectors.analyses()));
    }

    private static void assertSameTerms(List<String> texts, List<String> analyses) {
        assertSameTerms(texts, analyses, 100);
    }

    private static void assertSameTerms(List<String> texts, List<String> analyses, int minimum) {
        assertTrue(texts.size() > minimum, "a corpus worth the name: " + texts.size() + " texts");
        List<List<String>> inputs = new ArrayList<>();
        for (String text : texts) {
            for (String analysis : analyses) {
                inputs.add(List.of(analysis, text));
            }
        }
        List<List<String>> inBrowser = analyzeInBrowser(inputs);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String analysis = inputs.get(i).get(0);
            String text = inputs.get(i).get(1);
            List<String> expected = AnalyzerVectors.terms(analysis, text);
            if (!expected.equals(inBrowser.get(i))) {
                mismatches.add("[" + analysis + "] " + Visible.text(text)
                        + "\n    browser: " + Visible.terms(inBrowser.get(i))
                        + "\n    lucene:  " + Visible.terms(expected));
            }
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + inputs.size()
                + " texts analysed differently:\n" + String.join("\n", mismatches));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> analyzeInBrowser(List<List<String>> inputs) {
        List<List<String>> terms = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += BATCH) {
            List<List<String>> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
            Object result = browser.executeScript(
                    "return arguments[0].map(([analysis, text]) => PlaybookAnalyzer.analyze(analysis, text));", batch);
            terms.addAll((List<List<String>>) result);
        }
        return terms;
    }

    /** Texts in a failure message, with invisible and combining characters spelled out. */
    private static final class Visible {

        static String text(String text) {
            String shown = text.length() > 120 ? text.substring(0, 100) + "…(" + text.length() + " chars)" : text;
            return "\"" + escaped(shown) + "\"";
        }

        static String terms(List<String> terms) {
            return terms.stream().map(Visible::text).toList().toString();
        }

        private static String escaped(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED || type == Character.SURROGATE
                        || (Character.isSpaceChar(cp) && cp != ' ');
                out.append(invisible ? String.format("\\u{%X}", cp) : Character.toString(cp));
            });
            return out.toString();
        }
    }
}
