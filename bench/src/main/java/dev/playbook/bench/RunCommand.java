package dev.playbook.bench;

import dev.playbook.bench.measure.Benchmark;
import dev.playbook.bench.measure.BenchmarkFailure;
import dev.playbook.bench.measure.BenchmarkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code run}: times the generator jar on synthetic corpora, and Hugo beside it on request. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Times 'java -jar JAR build --source CORPUS --out DIR --stats' (or a launcher's build) on synthetic playbooks.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--pages", split = ",", defaultValue = "1000,10000", paramLabel = "N",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> pages;

    @Option(names = "--runs", defaultValue = "3", description = "Timed builds per size (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--jar", defaultValue = "generator/target/playbook.jar",
            description = "Generator jar (default: ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--work", defaultValue = "bench/target/corpus",
            description = "Folder for corpora and temporary outputs (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--java", defaultValue = "java", description = "Java executable (default: ${DEFAULT-VALUE}).")
    private String java;

    @Option(names = "--jvm-arg", paramLabel = "ARG", description = "Option for the child JVM, e.g. --jvm-arg=-Xmx2g; repeatable.")
    private List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--launcher", paramLabel = "FILE",
            description = "Time this launcher's build (generator/target/playbook, the fast start) instead of java -jar;"
                    + " --java becomes its PLAYBOOK_JAVA and --jar its PLAYBOOK_JAR.")
    private Path launcher;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--hugo", description = "Also time Hugo on an equivalent site, if hugo is on the PATH.")
    private boolean hugo;

    @Option(names = "--sample", defaultValue = "playbook", paramLabel = "DIR",
            description = "A real playbook timed cold and after a one-page edit (default: ${DEFAULT-VALUE}, the sample;"
                    + " skipped when DIR has no playbook.yml; its build cache is deleted and the edited page restored).")
    private Path sample;

    @Option(names = "--corpus", defaultValue = "clean", paramLabel = "clean|realistic",
            description = "realistic: also time a corpus like a real handbook (about 5 broken links a page with links: warning,"
                    + " raw HTML blocks, tables, some 200 KB pages, deep folders, varied front matter) beside the clean one.")
    private String corpus;

    @Override
    public Integer call() throws InterruptedException {
        try {
            if (!corpus.equals("clean") && !corpus.equals("realistic")) {
                throw new IllegalArgumentException("--corpus is clean or realistic, got " + corpus);
            }
            BenchmarkSettings settings = new BenchmarkSettings(pages, runs, jar, work, java, jvmArgs, hugo, seed,
                    corpus.equals("realistic"), Optional.ofNullable(launcher),
                    Optional.ofNullable(sample).filter(dir -> Files.isRegularFile(dir.resolve("playbook.yml"))));
            new Benchmark(settings, System.out, System.err).run();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("playbook-bench: " + e.getMessage());
            return 2;
        } catch (BenchmarkFailure | IOException e) {
            System.err.println("playbook-bench: " + e.getMessage());
            return 1;
        }
    }
}
