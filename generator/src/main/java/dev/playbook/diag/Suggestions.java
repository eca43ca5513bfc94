package dev.playbook.diag;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for a mistyped name: the closest known name within a small edit distance (a
 * third of the name's length, from 1 to 3 edits), where swapping two neighbouring letters counts
 * as one edit, as typists make them (the optimal string alignment distance); ties go to the first
 * name in order. Built once over the known names and shared by threads, as a build with
 * thousands of broken links asks it about each of them against every page.
 *
 * <p>It must cost next to nothing, so the names are kept sorted and walked as a trie: a prefix
 * shared by many names (a folder) is computed once, and only the cells within the limit of the
 * diagonal ({@link NameWalk}). A cell is never less than its distance from the diagonal, and a
 * row's smallest cell never drops in later rows, so the walk leaves a prefix (and every name
 * under it) as soon as one of its rows is past the limit, or no better than the best name so far.
 */
public final class Suggestions {

    private final String[] names;
    /** {@code shared[k]}: how many first characters {@code names[k]} shares with {@code names[k - 1]}. */
    private final int[] shared;
    /** {@code lengths[l]}: whether some name has length {@code l}. */
    private final boolean[] lengths;

    private Suggestions(String[] names) {
        this.names = names;
        this.shared = new int[names.length];
        int longest = 0;
        for (int k = 0; k < names.length; k++) {
            longest = Math.max(longest, names[k].length());
            shared[k] = k == 0 ? 0 : sharedStart(names[k - 1], names[k]);
        }
        this.lengths = new boolean[longest + 1];
        for (String name : names) {
            lengths[name.length()] = true;
        }
    }

    /** The names to suggest from; build it once when many names will be looked up. */
    public static Suggestions among(Collection<String> known) {
        return new Suggestions(known.stream().distinct().sorted().toArray(String[]::new));
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        return among(known).closest(wrong);
    }

    /** {@code " (did you mean \"x\"?)"}, or nothing. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return among(known).didYouMean(wrong);
    }

    public Optional<String> closest(String wrong) {
        return closest(wrong, walkFor(wrong));
    }

    NameWalk walkFor(String wrong) {
        return new NameWalk(wrong, limitFor(wrong), longest());
    }

    /** {@code " (did you mean \"x\"?)"}, or nothing. */
    public String didYouMean(String wrong) {
        return closest(wrong).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }

    /** As {@link #closest(String)}, with the walk given so tests can count its work. */
    Optional<String> closest(String wrong, NameWalk walk) {
        int limit = walk.limit();
        if (!anyLengthWithin(wrong.length(), limit)) {
            return Optional.empty();
        }
        int best = -1;
        int bestDistance = limit + 1;
        int valid = 0;
        int k = 0;
        while (k < names.length) {
            String name = names[k];
            int depth = Math.min(shared[k], valid);
            int dead = -1;
            while (depth < name.length()) {
                depth++;
                // A row no better than the best so far cannot lead to a winner: ties go to the earlier name.
                if (walk.row(name, depth) >= bestDistance) {
                    dead = depth;
                    break;
                }
            }
            if (dead < 0) {
                valid = name.length();
                int distance = walk.last(name.length());
                if (distance < bestDistance) {
                    best = k;
                    bestDistance = distance;
                }
                k++;
            } else {
                valid = dead - 1;
                do {
                    k++;
                } while (k < names.length && shared[k] >= dead);
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(names[best]);
    }

    /** How many edits a name of this length may be away: a third of its length, from 1 to 3. */
    static int limitFor(String wrong) {
        return Math.max(1, Math.min(3, wrong.length() / 3));
    }

    private int longest() {
        return lengths.length - 1;
    }

    private boolean anyLengthWithin(int length, int limit) {
        for (int l = Math.max(0, length - limit); l <= Math.min(longest(), length + limit); l++) {
            if (lengths[l]) {
                return true;
            }
        }
        return false;
    }

    private static int sharedStart(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int i = 0;
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
