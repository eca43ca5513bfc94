package dev.playbook.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the words of a playbook's {@code language:} are cut and normalised, in the index and (by
 * analyzer.js, under the same id) in the browser. English and Spanish have their own analyzers,
 * stemmers included; every other language gets a generic analysis that needs no knowledge of the
 * language: Lucene's {@code CJKAnalyzer} (bigrams of ideographs, kana and hangul) for Chinese,
 * Japanese and Korean, {@code StandardAnalyzer} (words as UAX#29 cuts them, lower-cased) for the rest.
 * No language is refused: a tag this does not recognise gets the standard analysis.
 */
public enum SearchAnalysis {

    /** EnglishAnalyzer: possessives, lower case, 33 stop words, Porter's stemmer. */
    ENGLISH("en", EnglishAnalyzer::new),
    /** SpanishAnalyzer: lower case, Snowball's Spanish stop words, the light stemmer. */
    SPANISH("es", SpanishAnalyzer::new),
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

    SearchAnalysis(String id, Supplier<Analyzer> analyzers) {
        this.id = id;
        this.analyzers = analyzers;
    }

    /** The name analyzer.js knows this analysis by, written into the search manifest. */
    public String id() {
        return id;
    }

    /** A new Lucene analyzer (they hold per-thread state, so each writer or reader takes its own). */
    public Analyzer analyzer() {
        return analyzers.get();
    }

    /** True when the browser repeats a stemmer for the language rather than a generic analysis. */
    public boolean stems() {
        return this == ENGLISH || this == SPANISH;
    }

    /**
     * The analysis of a BCP 47 language tag ({@code en-GB}, {@code ja}, {@code zh-Hans},
     * {@code pt-BR}), read from its language and script subtags, case-blind; anything else,
     * well formed or not, gets {@link #STANDARD}.
     */
    public static SearchAnalysis forLanguage(String tag) {
        String[] subtags = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
        String language = subtags[0];
        if (language.equals("en") || language.equals("eng")) {
            return ENGLISH;
        }
        if (language.equals("es") || language.equals("spa")) {
            return SPANISH;
        }
        boolean cjkScript = subtags.length > 1 && subtags[1].length() == 4 && CJK_SCRIPTS.contains(subtags[1]);
        return CJK_LANGUAGES.contains(language) || cjkScript ? CJK : STANDARD;
    }
}
