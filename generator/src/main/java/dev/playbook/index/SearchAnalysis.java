package dev.playbook.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the words of a playbook's {@code language:} are cut and normalised, in the index and (by
 * the browser's analysis/ID.js, under the same id) in the browser. English, Spanish, French, German,
 * Portuguese, Italian, Dutch and Swedish have Lucene's analyzer for the language, stemmer included;
 * every other language gets a generic analysis that needs no knowledge of the language: Lucene's
 * {@code CJKAnalyzer} (bigrams of ideographs, kana and hangul) for Chinese, Japanese and Korean,
 * {@code StandardAnalyzer} (words as UAX#29 cuts them, lower-cased) for the rest. No language is
 * refused: a tag this does not recognise gets the standard analysis.
 */
public enum SearchAnalysis {

    /** EnglishAnalyzer: possessives, lower case, 33 stop words, Porter's stemmer. */
    ENGLISH("en", EnglishAnalyzer::new, "en", "eng"),
    /** SpanishAnalyzer: lower case, Snowball's Spanish stop words, the light stemmer. */
    SPANISH("es", SpanishAnalyzer::new, "es", "spa"),
    /** FrenchAnalyzer: elided articles ({@code l'}, {@code qu'}...) off, lower case, stop words, the light stemmer. */
    FRENCH("fr", FrenchAnalyzer::new, "fr", "fra", "fre"),
    /** GermanAnalyzer: lower case, stop words, umlauts and {@code ß} normalised, the light stemmer. */
    GERMAN("de", GermanAnalyzer::new, "de", "deu", "ger"),
    /** PortugueseAnalyzer: lower case, stop words, the light stemmer. */
    PORTUGUESE("pt", PortugueseAnalyzer::new, "pt", "por"),
    /** ItalianAnalyzer: elided articles ({@code l'}, {@code dell'}...) off, lower case, stop words, the light stemmer. */
    ITALIAN("it", ItalianAnalyzer::new, "it", "ita"),
    /** DutchAnalyzer: lower case, stop words, its four stem overrides, Snowball's Dutch stemmer. */
    DUTCH("nl", DutchAnalyzer::new, "nl", "nld", "dut"),
    /** SwedishAnalyzer's words and stop words with the light stemmer (see {@link SwedishLightAnalyzer}). */
    SWEDISH("sv", SwedishLightAnalyzer::new, "sv", "swe"),
    /** CJKAnalyzer: full-width and half-width forms folded, lower case, bigrams of CJK runs, its English stop words. */
    CJK("cjk", CJKAnalyzer::new),
    /** StandardAnalyzer: UAX#29 words, lower case; no stop words, no stemming. */
    STANDARD("standard", StandardAnalyzer::new);

    // Languages written in Han, kana or hangul: ISO 639 codes of Chinese (and its varieties), Japanese, Korean.
    private static final Set<String> CJK_LANGUAGES = Set.of("zh", "ja", "ko", "cmn", "yue", "wuu", "hak", "nan", "gan",
            "hsn", "cjy", "lzh", "cdo", "mnp", "cpx", "czh", "czo", "jpn", "kor", "zho", "chi");
    // ISO 15924 script subtags of the same scripts ("und-Hani", "zh-Hant", "ja-Jpan").
    private static final Set<String> CJK_SCRIPTS = Set.of("hani", "hans", "hant", "jpan", "hira", "kana", "hrkt", "kore", "hang");

    private final String id;
    private final Supplier<Analyzer> analyzers;
    /** The ISO 639 codes (two and three letters) of the language this analysis is for. */
    private final List<String> languages;

    SearchAnalysis(String id, Supplier<Analyzer> analyzers, String... languages) {
        this.id = id;
        this.analyzers = analyzers;
        this.languages = List.of(languages);
    }

    /** The name analyzer.js knows this analysis by, written into the search manifest. */
    public String id() {
        return id;
    }

    /** A new Lucene analyzer (they hold per-thread state, so each writer or reader takes its own). */
    public Analyzer analyzer() {
        return analyzers.get();
    }

    /** True when the analysis knows its language (stop words and a stemmer) rather than being generic. */
    public boolean stems() {
        return !languages.isEmpty();
    }

    /** The analysis an id names ({@code "fr"}, {@code "cjk"}), as the manifest and analyzer.js name it. */
    public static Optional<SearchAnalysis> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /**
     * The analysis of a BCP 47 language tag ({@code en-GB}, {@code ja}, {@code zh-Hans},
     * {@code pt-BR}), read from its language and script subtags, case-blind; anything else,
     * well formed or not, gets {@link #STANDARD}.
     */
    public static SearchAnalysis forLanguage(String tag) {
        String[] subtags = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
        String language = subtags[0];
        for (SearchAnalysis analysis : values()) {
            if (analysis.languages.contains(language)) {
                return analysis;
            }
        }
        boolean cjkScript = subtags.length > 1 && subtags[1].length() == 4 && CJK_SCRIPTS.contains(subtags[1]);
        return CJK_LANGUAGES.contains(language) || cjkScript ? CJK : STANDARD;
    }
}
