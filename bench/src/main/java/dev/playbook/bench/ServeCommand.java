package dev.playbook.bench;

import dev.playbook.bench.measure.BenchmarkFailure;
import dev.playbook.bench.serve.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code serve}: times {@code playbook serve} from saving a page to the reloaded page being served. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the generator's dev server on each synthetic corpus, edits one page at a time and times "
                + "each save until the served page holds the new text; prints the median.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--pages", split = ",", defaultValue = "1000,10000", paramLabel = "N",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> pages;

    @Option(names = "--edits", defaultValue = "9", paramLabel = "N",
            description = "One-page edits timed per corpus (default: ${DEFAULT-VALUE}).")
    private int edits;

    @Option(names = "--jar", defaultValue = "generator/target/playbook.jar",
            description = "Generator jar (default: ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--work", defaultValue = "bench/target/corpus",
            description = "Folder for corpora and the served copies (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--java", defaultValue = "java", description = "Java executable (default: ${DEFAULT-VALUE}).")
    private String java;

    @Option(names = "--jvm-arg", paramLabel = "ARG", description = "Option for the server's JVM; repeatable.")
    private List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (edits < 1) {
            System.err.println("playbook-bench: --edits must be 1 or more");
            return 2;
        }
        try {
            new ServeBenchmark(new ServeBenchmark.Settings(pages, edits, jar, work, java, jvmArgs, seed), System.out).run();
            return 0;
        } catch (BenchmarkFailure | IOException | IllegalStateException e) {
            System.err.println("playbook-bench: " + e.getMessage());
            return 1;
        }
    }
}
