package dev.playbook.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for a mistyped name: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        int limit = Math.max(1, Math.min(3, wrong.length() / 3));
        return known.stream()
                .filter(k -> distance(wrong, k) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k));
    }

    /** {@code " (did you mean \"x\"?)"}, or nothing. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit, as typists make them. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
