package dev.playbook.bench.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to measure and how.
 *
 * @param pages      corpus sizes, one report each
 * @param queries    queries timed warm in the browser
 * @param runs       cold runs per cold query, each in a fresh browser
 * @param jar        the generator's runnable jar, which builds the site
 * @param work       where corpora and built sites live
 * @param java       the {@code java} executable that runs the jar
 * @param jvmArgs    options for the child JVM, placed before {@code -jar}
 * @param seed       seed of the synthetic corpora and of the timed queries
 * @param oneWord    the cold one-word query
 * @param threeWords the cold three-word query
 * @param keyDelayMs pause between key presses while typing a cold query
 * @param keepSite   keep the built site after measuring
 */
public record SearchSettings(List<Integer> pages, int queries, int runs, Path jar, Path work, String java,
                             List<String> jvmArgs, long seed, String oneWord, String threeWords, long keyDelayMs,
                             boolean keepSite) {
    public SearchSettings {
        pages = List.copyOf(pages);
        jvmArgs = List.copyOf(jvmArgs);
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(java, "java");
        if (pages.isEmpty() || pages.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--pages needs one or more sizes of at least 1, got " + pages);
        }
        if (queries < 1) {
            throw new IllegalArgumentException("--queries must be at least 1, got " + queries);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (keyDelayMs < 0) {
            throw new IllegalArgumentException("--key-delay-ms must be 0 or more, got " + keyDelayMs);
        }
        if (QueryWords.words(oneWord).size() != 1) {
            throw new IllegalArgumentException("--one-word needs exactly one searchable word, got \"" + oneWord + "\"");
        }
        if (QueryWords.words(threeWords).size() != 3) {
            throw new IllegalArgumentException("--three-words needs exactly three searchable words, got \""
                    + threeWords + "\"");
        }
    }
}
