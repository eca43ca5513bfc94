package dev.playbook.diag;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: "did you mean" gives the same answers as the full edit distance, at next to no cost. */
class SuggestionsTest {

    @Test
    void suggestsTheClosestNameAndBreaksTiesByName() {
        List<String> known = List.of("refunds", "returns", "greet", "standards/greet.md");
        assertEquals(Optional.of("refunds"), Suggestions.closest("refnds", known));
        assertEquals(Optional.of("refunds"), Suggestions.closest("rfeunds", known), "a swap is one edit");
        assertEquals(Optional.of("standards/greet.md"), Suggestions.closest("standard/gret.md", known));
        assertEquals(Optional.empty(), Suggestions.closest("xyz", known));
        assertEquals(Optional.of("abcd"), Suggestions.closest("abcx", List.of("abce", "abcd", "abcf")), "ties go to the first name");
        assertEquals(" (did you mean \"greet\"?)", Suggestions.didYouMean("gret", known));
        assertEquals("", Suggestions.didYouMean("", known));
    }

    @Test
    void bandedRowsGiveTheFullDistanceUpToTheLimit() {
        Random random = new Random(15);
        for (int run = 0; run < 200_000; run++) {
            String a = randomWord(random, random.nextInt(12));
            String b = random.nextInt(3) == 0 ? randomWord(random, random.nextInt(12)) : edited(random, a);
            int limit = random.nextInt(5);
            NameWalk walk = new NameWalk(a, limit, b.length());
            for (int i = 1; i <= b.length(); i++) {
                walk.row(b, i);
            }
            int full = fullDistance(a, b);
            assertEquals(Math.min(full, limit + 1), walk.last(b.length()),
                    () -> "\"" + a + "\" to \"" + b + "\" within " + limit + " (full distance " + full + ")");
        }
    }

    @Test
    void closestEqualsTheOldFullSearch() {
        Random random = new Random(13);
        for (int run = 0; run < 20_000; run++) {
            List<String> known = new ArrayList<>();
            for (int k = random.nextInt(20); k > 0; k--) {
                known.add(randomWord(random, random.nextInt(14)));
            }
            String wrong = known.isEmpty() || random.nextBoolean() ? randomWord(random, random.nextInt(14))
                    : edited(random, known.get(random.nextInt(known.size())));
            assertEquals(oldClosest(wrong, known), Suggestions.closest(wrong, known), () -> wrong + " in " + known);
        }
    }

    /**
     * The handbook of issue 13: 20,000 broken links (typos, missing pages, other folders, junk,
     * one of 20,000 characters) against 5,000 page paths in folders, a fifth of them numbered
     * ({@code policies/pol-0042.md}). The full tables, twice per name, would fill about
     * 20,000 x 5,000 x 2 x 30² cells (some 180 billion) and take many minutes.
     */
    @Test
    void twentyThousandBrokenLinksAgainstFiveThousandPathsCostNextToNothing() {
        Random random = new Random(4136);
        List<String> paths = new ArrayList<>(handbookPaths(random, 5_000));
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String page = paths.get(random.nextInt(paths.size()));
            wrong.add(switch (i % 5) {
                case 0 -> edited(random, page);
                case 1 -> page.substring(0, page.lastIndexOf('/') + 1) + slug(random) + ".md";
                case 2 -> FOLDERS[random.nextInt(FOLDERS.length)] + page.substring(page.lastIndexOf('/'));
                case 3 -> String.format("policies/pol-%04d.md", random.nextInt(10_000));
                default -> randomWord(random, random.nextInt(40));
            });
        }
        wrong.set(0, "[".repeat(20_000) + "x" + "]".repeat(20_000));
        long started = System.nanoTime();
        long[] cells = {0};
        int suggested = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Suggestions known = Suggestions.among(paths);
            int found = 0;
            for (String link : wrong) {
                NameWalk walk = known.walkFor(link);
                found += known.closest(link, walk).isPresent() ? 1 : 0;
                cells[0] += walk.cells();
            }
            return found;
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(suggested > 4_000, "the typos still get suggestions: " + suggested);
        // Measured: 24.9 million cells (about 1,250 a link), under 1 s on 2 busy cores; a scan of
        // every name with banded rows filled 373 million, the full tables some 180 billion.
        assertTrue(cells[0] < 100_000_000L, "cells filled: " + cells[0] + " in " + millis + " ms");
    }

    /**
     * The bench's realistic corpus (issue 15): 4,000 pages in numbered sections whose names share
     * long prefixes ({@code sec-0002/refund-basics-0002-86.md}), and old links of every kind: typos,
     * the right page in the wrong section, pretty addresses under the linking page, deleted pages.
     * The likely names bound the walk from its start, and names of the wrong length are stepped
     * over; the answers are those of the full search.
     */
    @Test
    void numberedSectionsWithLongSharedPrefixesStayCheapAndExact() {
        Random random = new Random(42);
        List<String> paths = new ArrayList<>();
        for (int section = 0; section < 40; section++) {
            for (int number = 0; number < 100; number++) {
                paths.add(String.format(java.util.Locale.ROOT, "sec-%04d/%s-%04d-%02d.md", section, slug(random), section, number));
            }
        }
        Suggestions known = Suggestions.among(paths);
        long cells = 0;
        int lookups = 0;
        for (int i = 0; i < 2_000; i++) {
            String page = paths.get(random.nextInt(paths.size()));
            String wrong = switch (i % 4) {
                case 0 -> edited(random, page);
                case 1 -> String.format(java.util.Locale.ROOT, "sec-%04d", random.nextInt(40)) + page.substring(8);
                case 2 -> page.substring(0, 9) + page.substring(0, page.length() - 11) + "/";
                default -> "legacy/old-guide-" + i + ".md";
            };
            NameWalk walk = known.walkFor(wrong);
            Optional<String> found = known.closest(wrong, walk);
            cells += walk.cells();
            lookups++;
            if (i % 40 < 4) {
                assertEquals(oldClosest(wrong, paths), found, wrong);
            }
        }
        // Measured: about 4,900 cells a lookup; without the bound and the length step, about 9,500.
        assertTrue(cells / lookups < 6_000, "cells a lookup: " + cells / lookups);
    }

    private static final String[] FOLDERS = {"standards", "guides/onboarding", "guides/escalation", "runbooks/database",
        "runbooks/payments", "courses/agents", "policies", "teams/support/emea", "teams/support/apac", "reference"};
    private static final String[] WORDS = {"refunds", "greet", "customer", "order", "escalate", "billing", "failover",
        "agent", "handover", "tone", "apology", "priority", "vip", "chargeback", "postgres", "incident", "review",
        "training", "shift", "queue", "sla", "outage", "partial", "fraud", "identity", "call", "chat", "email"};

    /** Distinct paths shaped like a handbook's: folders, slugs of one to four words, numbered policies. */
    private static java.util.Set<String> handbookPaths(Random random, int count) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        while (paths.size() < count) {
            paths.add(random.nextInt(5) == 0 ? String.format("policies/pol-%04d.md", random.nextInt(10_000))
                    : FOLDERS[random.nextInt(FOLDERS.length)] + "/" + slug(random) + ".md");
        }
        return paths;
    }

    private static String slug(Random random) {
        StringBuilder slug = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int words = random.nextInt(4); words > 0; words--) {
            slug.append('-').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return slug.toString();
    }

    /** The suggestion as it was computed before issue 15: the full distance to every name, twice. */
    private static Optional<String> oldClosest(String wrong, Collection<String> known) {
        int limit = Math.max(1, Math.min(3, wrong.length() / 3));
        return known.stream()
                .filter(k -> fullDistance(wrong, k) <= limit)
                .min(Comparator.comparingInt((String k) -> fullDistance(wrong, k)).thenComparing(k -> k));
    }

    /** The full table of the optimal string alignment distance, as Suggestions computed it before. */
    private static int fullDistance(String a, String b) {
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

    /** A small alphabet, so random words are often near each other. */
    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append("abcd/.-".charAt(random.nextInt(7)));
        }
        return word.toString();
    }

    /** One to four random edits: insertions, deletions, replacements and swaps of neighbours. */
    private static String edited(Random random, String word) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, "abcd".charAt(random.nextInt(4)));
                case 1 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (!out.isEmpty()) {
                        out.setCharAt(at, "abcd".charAt(random.nextInt(4)));
                    }
                }
                default -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return out.toString();
    }
}
