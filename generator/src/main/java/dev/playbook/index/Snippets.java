package dev.playbook.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Short passages of a section's text for result lists: the section's opening, or the words around
 * the first place a term occurs, found with the index's own analyzer so "refunds" is found for the
 * term "refund". Cut at word boundaries; an ellipsis marks a cut.
 */
final class Snippets {

    /** Characters a snippet aims at. */
    static final int LENGTH = 120;
    /** Characters of context kept before the matching word. */
    private static final int BEFORE = 36;

    private Snippets() {
    }

    /** The text from its beginning. */
    static String lead(String text) {
        return window(text, 0);
    }

    /** For each wanted term, the passage around its first occurrence in {@code text} (terms not in the text are left out). */
    static Map<String, String> around(Analyzer analyzer, String text, Set<String> terms) {
        Map<String, String> found = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(SearchSchema.BODY, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (found.size() < terms.size() && stream.incrementToken()) {
                String value = term.toString();
                if (terms.contains(value) && !found.containsKey(value)) {
                    found.put(value, window(text, Math.max(0, offset.startOffset() - BEFORE)));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return found;
    }

    private static String window(String text, int from) {
        int start = from;
        if (start > 0) {
            int space = text.lastIndexOf(' ', start);
            start = space < 0 || start - space > 24 ? start : space + 1;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start + LENGTH / 2) {
                end = space;
            }
        }
        end = Math.max(start, Math.min(end, start + LENGTH + 8));
        // Never split a surrogate pair at either end.
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end > start && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        String passage = text.substring(start, Math.max(start, end)).strip();
        return (start > 0 ? "…" : "") + passage + (end < text.length() ? "…" : "");
    }
}
