package dev.playbook.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lucene's own answers, for the browser's analyzers to match: the terms that EnglishAnalyzer and
 * SpanishAnalyzer (default constructors, as the index uses them) make of a text, in order.
 */
final class AnalyzerVectors {

    // Analyzers are thread-safe and meant to be shared.
    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "en", new EnglishAnalyzer(),
            "es", new SpanishAnalyzer());

    private AnalyzerVectors() {
    }

    static Set<String> languages() {
        return new TreeSet<>(ANALYZERS.keySet());
    }

    /** The terms of {@code text}, as CharTermAttribute holds them after the last filter. */
    static List<String> terms(String language, String text) {
        Analyzer analyzer = ANALYZERS.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("unknown language \"" + language + "\" (known: " + languages() + ")");
        }
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing \"" + text + "\" in " + language, e);
        }
        return terms;
    }
}
