package dev.playbook.diag;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The walk is cheap only once it has a good name to beat: before it, the few names most likely
 * to be meant are measured (those beside the wrong name in sorted order, in order of their reversed
 * spelling, so a typo near the start is found too, and those with the same last path segment, as
 * for a page moved to another folder), and the walk starts with their best distance as its bound.
 * The answer is the same as without them: the walk still finds the first name at the least distance.
 * Names whose length alone puts them past the bound are stepped over without filling their rows.
 */
public final class Suggestions {

    private final String[] names;
    private final char[][] spelled;
    /** The names spelt backwards, sorted, and where each is in {@link #names}. */
    private final String[] reversed;
    private final int[] reversedAt;
    /** The first names (in order) of each last path segment. */
    private final Map<String, int[]> bySegment;
    private static final int NEIGHBOURS = 2;
    private static final int SAME_SEGMENT = 4;
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
        this.spelled = new char[names.length][];
        Integer[] byReversed = new Integer[names.length];
        String[] backwards = new String[names.length];
        Map<String, int[]> segments = new HashMap<>();
        for (int k = 0; k < names.length; k++) {
            spelled[k] = names[k].toCharArray();
            backwards[k] = new StringBuilder(names[k]).reverse().toString();
            byReversed[k] = k;
            int[] first = segments.computeIfAbsent(segment(names[k]), key -> new int[0]);
            if (first.length < SAME_SEGMENT) {
                int[] more = Arrays.copyOf(first, first.length + 1);
                more[first.length] = k;
                segments.put(segment(names[k]), more);
            }
        }
        Arrays.sort(byReversed, (a, b) -> backwards[a].compareTo(backwards[b]));
        this.reversed = new String[names.length];
        this.reversedAt = new int[names.length];
        for (int r = 0; r < names.length; r++) {
            reversed[r] = backwards[byReversed[r]];
            reversedAt[r] = byReversed[r];
        }
        this.bySegment = Map.copyOf(segments);
    }

    private static String segment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
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
        int bestDistance = Math.min(limit, likelyDistance(wrong, walk)) + 1;
        int valid = 0;
        int k = 0;
        while (k < names.length) {
            char[] name = spelled[k];
            if (Math.abs(name.length - wrong.length()) >= bestDistance) {
                // Too long or too short to beat the best: its rows are not filled, so those kept
                // are valid only for the prefix it shares with the names before it.
                valid = Math.min(valid, shared[k]);
                k++;
                continue;
            }
            int depth = Math.min(shared[k], valid);
            int dead = -1;
            while (depth < name.length) {
                depth++;
                // A row no better than the best so far cannot lead to a winner: ties go to the earlier name.
                if (walk.row(name, depth) >= bestDistance) {
                    dead = depth;
                    break;
                }
            }
            if (dead < 0) {
                valid = name.length;
                int distance = walk.last(name.length);
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

    /**
     * The least distance from the wrong name to the names most likely meant, or {@code limit + 1}
     * when none is within the limit: a bound for the walk to beat. It leaves the walk's rows to be
     * filled again from the first.
     */
    private int likelyDistance(String wrong, NameWalk walk) {
        int bound = walk.limit() + 1;
        int at = insertion(names, wrong);
        for (int k = Math.max(0, at - NEIGHBOURS); k < Math.min(names.length, at + NEIGHBOURS); k++) {
            bound = Math.min(bound, distance(k, walk, bound));
        }
        int back = insertion(reversed, new StringBuilder(wrong).reverse().toString());
        for (int r = Math.max(0, back - NEIGHBOURS); r < Math.min(names.length, back + NEIGHBOURS); r++) {
            bound = Math.min(bound, distance(reversedAt[r], walk, bound));
        }
        for (int k : bySegment.getOrDefault(segment(wrong), new int[0])) {
            bound = Math.min(bound, distance(k, walk, bound));
        }
        return bound;
    }

    /** The distance to {@code names[k]} when under {@code bound}, else {@code bound}. */
    private int distance(int k, NameWalk walk, int bound) {
        char[] name = spelled[k];
        for (int i = 1; i <= name.length; i++) {
            if (walk.row(name, i) >= bound) {
                return bound;
            }
        }
        return Math.min(bound, walk.last(name.length));
    }

    private static int insertion(String[] sorted, String key) {
        int at = Arrays.binarySearch(sorted, key);
        return at >= 0 ? at : -at - 1;
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
