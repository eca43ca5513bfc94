package dev.playbook.search;

import dev.playbook.index.SearchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lucene's own answers, for the browser's analyzers to match: the terms that the analyzer of each
 * {@link SearchAnalysis} (EnglishAnalyzer, SpanishAnalyzer, CJKAnalyzer, StandardAnalyzer, as the
 * index makes them) makes of a text, in order; analyses are named by their id, as analyzer.js names them.
 */
final class AnalyzerVectors {

    // Analyzers are thread-safe and meant to be shared.
    private static final Map<String, Analyzer> ANALYZERS = Arrays.stream(SearchAnalysis.values())
            .collect(Collectors.toMap(SearchAnalysis::id, SearchAnalysis::analyzer));

    private AnalyzerVectors() {
    }

    static Set<String> analyses() {
        return new TreeSet<>(ANALYZERS.keySet());
    }

    /** Each term of {@code text} with its offsets, {@code [term, start, end]}, as analyzer.js's spans() lists them. */
    static List<List<Object>> spans(String analysis, String text) {
        List<List<Object>> spans = new ArrayList<>();
        try (TokenStream stream = ANALYZERS.get(analysis).tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                spans.add(List.of(term.toString(), (long) offset.startOffset(), (long) offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing \"" + text + "\" with " + analysis, e);
        }
        return spans;
    }

    /** The terms of {@code text}, as CharTermAttribute holds them after the last filter. */
    static List<String> terms(String analysis, String text) {
        Analyzer analyzer = ANALYZERS.get(analysis);
        if (analyzer == null) {
            throw new IllegalArgumentException("unknown analysis \"" + analysis + "\" (known: " + analyses() + ")");
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
            throw new UncheckedIOException("analysing \"" + text + "\" with " + analysis, e);
        }
        return terms;
    }
}
