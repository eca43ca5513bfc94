package dev.playbook.bench;

import dev.playbook.bench.measure.BenchmarkFailure;
import dev.playbook.bench.search.SearchBenchmark;
import dev.playbook.bench.search.SearchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code search}: builds synthetic corpora and measures their search in headless Chromium. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Builds a synthetic playbook with the generator jar, serves it on 127.0.0.1 and measures search "
                + "in headless Chromium: index size, cold-query downloads and request chains, warm query times.")
final class SearchCommand implements Callable<Integer> {
    @Option(names = "--pages", split = ",", defaultValue = "10000", paramLabel = "N",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> pages;

    @Option(names = "--queries", defaultValue = "300", paramLabel = "N",
            description = "Warm queries of 1-3 words timed in the browser (default: ${DEFAULT-VALUE}).")
    private int queries;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R",
            description = "Cold runs of each cold query, each in a fresh browser (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--one-word", defaultValue = "refund", paramLabel = "WORD",
            description = "The cold one-word query (default: ${DEFAULT-VALUE}).")
    private String oneWord;

    @Option(names = "--three-words", defaultValue = "refund damaged parcel", paramLabel = "WORDS",
            description = "The cold three-word query (default: ${DEFAULT-VALUE}).")
    private String threeWords;

    @Option(names = "--key-delay-ms", defaultValue = "150", paramLabel = "MS",
            description = "Pause between key presses of a cold query, a quick typist's pace (default: ${DEFAULT-VALUE}).")
    private long keyDelayMs;

    @Option(names = "--jar", defaultValue = "generator/target/playbook.jar",
            description = "Generator jar (default: ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--work", defaultValue = "bench/target/corpus",
            description = "Folder for corpora and built sites (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--java", defaultValue = "java", description = "Java executable (default: ${DEFAULT-VALUE}).")
    private String java;

    @Option(names = "--jvm-arg", paramLabel = "ARG", description = "Option for the child JVM that builds; repeatable.")
    private List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "42", description = "Corpus and query seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--keep-site", description = "Keep the built site (<work>/pages-N/search-site) afterwards.")
    private boolean keepSite;

    @Override
    public Integer call() throws InterruptedException {
        try {
            SearchSettings settings = new SearchSettings(pages, queries, runs, jar, work, java, jvmArgs, seed,
                    oneWord, threeWords, keyDelayMs, keepSite);
            new SearchBenchmark(settings, System.out, System.err).run();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("playbook-bench: " + e.getMessage());
            return 2;
        } catch (BenchmarkFailure | IOException | IllegalStateException e) {
            System.err.println("playbook-bench: " + e.getMessage());
            return 1;
        }
    }
}
