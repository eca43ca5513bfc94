package dev.playbook.bench.measure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to benchmark and how.
 *
 * @param pages   corpus sizes, one table each
 * @param runs    timed builds per corpus and tool
 * @param jar     the generator's runnable jar
 * @param work    where corpora, the Hugo copies and temporary outputs live
 * @param java    the {@code java} executable that runs the jar
 * @param jvmArgs options for the child JVM, placed before {@code -jar}
 * @param hugo    also time Hugo on an equivalent site, when it is on the PATH
 * @param seed    seed of the synthetic corpora
 * @param realistic also time the realistic corpus of each size ({@code --corpus realistic})
 * @param launcher  the launcher to time instead of {@code java -jar} ({@code generator/target/playbook}, run
 *                  with {@code PLAYBOOK_JAVA} set to {@code java}); empty for {@code java -jar}
 * @param sample    a real playbook (the repository's {@code playbook/}) timed cold and after a one-page edit; empty for none
 */
public record BenchmarkSettings(List<Integer> pages, int runs, Path jar, Path work, String java, List<String> jvmArgs,
                                boolean hugo, long seed, boolean realistic, Optional<Path> launcher, Optional<Path> sample) {

    public BenchmarkSettings(List<Integer> pages, int runs, Path jar, Path work, String java, List<String> jvmArgs,
                             boolean hugo, long seed, boolean realistic, Optional<Path> launcher) {
        this(pages, runs, jar, work, java, jvmArgs, hugo, seed, realistic, launcher, Optional.empty());
    }

    public BenchmarkSettings(List<Integer> pages, int runs, Path jar, Path work, String java, List<String> jvmArgs,
                             boolean hugo, long seed, boolean realistic) {
        this(pages, runs, jar, work, java, jvmArgs, hugo, seed, realistic, Optional.empty());
    }

    public BenchmarkSettings(List<Integer> pages, int runs, Path jar, Path work, String java, List<String> jvmArgs,
                             boolean hugo, long seed) {
        this(pages, runs, jar, work, java, jvmArgs, hugo, seed, false);
    }

    public BenchmarkSettings {
        pages = List.copyOf(pages);
        jvmArgs = List.copyOf(jvmArgs);
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(sample, "sample");
        if (launcher.isPresent() && !jvmArgs.isEmpty()) {
            throw new IllegalArgumentException("--jvm-arg goes with java -jar, not with --launcher (it picks the JVM's flags)");
        }
        if (pages.isEmpty() || pages.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--pages needs one or more sizes of at least 1, got " + pages);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
    }
}
