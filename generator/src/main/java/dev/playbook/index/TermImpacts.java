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
        int k = Math.min(n, sections.length);
        long[] keys;
        if (sections.length <= 2 * n) {
            keys = new long[sections.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key(i);
            }
        } else {
            // The k smallest keys in a max-heap: a common word's thousands of postings are not all sorted for 32.
            keys = new long[k];
            for (int i = 0; i < k; i++) {
                keys[i] = key(i);
                up(keys, i);
            }
            for (int i = k; i < sections.length; i++) {
                long key = key(i);
                if (key < keys[0]) {
                    keys[0] = key;
                    down(keys, k);
                }
            }
        }
        Arrays.sort(keys);
        int[] top = new int[k];
        for (int i = 0; i < top.length; i++) {
            top[i] = (int) keys[i];
        }
        return top;
    }

    /** Impact down, then position up, in one long: unique, so the order is total. */
    private long key(int i) {
        return ((long) (Integer.MAX_VALUE - impacts[i]) << 32) | i;
    }

    private static void up(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] >= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void down(long[] heap, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[at] >= heap[child]) {
                return;
            }
            long swap = heap[at];
            heap[at] = heap[child];
            heap[child] = swap;
            at = child;
        }
    }
}
