package dev.playbook.index;

import java.util.Arrays;
import java.util.Objects;

/**
 * One term's postings with what Lucene would score for each: for every section holding the term,
 * the boosted BM25 scores of all text fields summed, times the export's scale, rounded.
 *
 * @param sections section (document) ids, ascending
 * @param impacts  the quantised score of the term in each of those sections
 */
record TermImpacts(String term, int[] sections, int[] impacts) {

    TermImpacts {
        Objects.requireNonNull(term, "term");
        if (sections.length != impacts.length) {
            throw new IllegalArgumentException("sections and impacts differ in length for " + term);
        }
    }

    int size() {
        return sections.length;
    }

    /**
     * The first {@code n} positions into {@link #sections()} in the order Lucene ranks a one-term
     * query: impact down, then section id up (sections are ascending, so position order is id order).
     */
    int[] top(int n) {
        long[] keys = new long[sections.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) (Integer.MAX_VALUE - impacts[i]) << 32) | i;
        }
        Arrays.sort(keys);
        int[] top = new int[Math.min(n, keys.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = (int) keys[i];
        }
        return top;
    }
}
