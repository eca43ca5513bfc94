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

    /** Positions into {@link #sections()} ordered as Lucene ranks a one-term query: impact down, then section id up. */
    int[] ranked() {
        Integer[] order = new Integer[sections.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> impacts[a] != impacts[b] ? Integer.compare(impacts[b], impacts[a])
                : Integer.compare(sections[a], sections[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
