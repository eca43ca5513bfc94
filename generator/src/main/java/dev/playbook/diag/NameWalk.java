package dev.playbook.diag;

import java.util.Arrays;

/**
 * The rows of the distance table from one wrong name to the known names, one row per character
 * of a known name's prefix, each holding only the cells within the limit of the diagonal (at
 * most {@code 2 x limit + 1}): rows for a prefix stay valid for every name that shares it. Cells
 * past the limit hold {@code limit + 1}. One walk serves one lookup, on one thread.
 */
final class NameWalk {

    private final char[] wrong;
    private final int limit;
    private final int over;
    /** Row {@code i} keeps columns {@code i - limit - 1} to {@code i + limit + 1}; the outer two stay {@code over}. */
    private final int width;
    private final int[] rows;
    private long cells;

    NameWalk(String wrong, int limit, int longestName) {
        this.wrong = wrong.toCharArray();
        this.limit = limit;
        this.over = limit + 1;
        this.width = 2 * limit + 3;
        // Rows deeper than the wrong name's length plus the limit are empty, so never kept.
        int depth = Math.min(longestName, wrong.length() + limit) + 1;
        this.rows = new int[depth * width];
        Arrays.fill(rows, 0, width, over);
        for (int j = 0; j <= Math.min(wrong.length(), limit); j++) {
            rows[at(0, j)] = j;
        }
    }

    int limit() {
        return limit;
    }

    /**
     * Fills row {@code i} (the prefix of {@code name} of that length; the rows above it must hold
     * the shorter prefixes) and returns its smallest cell, or {@code limit + 1} past the limit.
     */
    int row(String name, int i) {
        return row(name.toCharArray(), i);
    }

    /** As {@link #row(String, int)}, for a name already spelt out (the walk's inner loop). */
    int row(char[] name, int i) {
        if (i * width >= rows.length) {
            return over;
        }
        int base = i * width;
        Arrays.fill(rows, base, base + width, over);
        int from = Math.max(0, i - limit);
        int to = Math.min(wrong.length, i + limit);
        char c = name[i - 1];
        char before = i > 1 ? name[i - 2] : 0;
        int minimum = over;
        for (int j = from; j <= to; j++) {
            int value;
            if (j == 0) {
                value = i;
            } else {
                char w = wrong[j - 1];
                value = Math.min(Math.min(rows[at(i - 1, j)], rows[at(i, j - 1)]) + 1, rows[at(i - 1, j - 1)] + (c == w ? 0 : 1));
                if (i > 1 && j > 1 && c == wrong[j - 2] && before == w) {
                    value = Math.min(value, rows[at(i - 2, j - 2)] + 1);
                }
            }
            value = Math.min(value, over);
            rows[at(i, j)] = value;
            minimum = Math.min(minimum, value);
        }
        cells += Math.max(0, to - from + 1);
        return minimum;
    }

    /** The distance from the wrong name to the name whose rows end at {@code length}, or {@code limit + 1}. */
    int last(int length) {
        if (Math.abs(length - wrong.length) > limit) {
            return over;
        }
        return rows[at(length, wrong.length)];
    }

    /** How many cells this walk has filled: its work, for tests to bound. */
    long cells() {
        return cells;
    }

    private int at(int i, int j) {
        return i * width + j - i + limit + 1;
    }
}
