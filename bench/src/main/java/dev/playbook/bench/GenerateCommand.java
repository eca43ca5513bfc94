package dev.playbook.bench;

import dev.playbook.bench.corpus.RealisticPlaybook;
import dev.playbook.bench.corpus.SyntheticPlaybook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code generate}: writes one synthetic playbook. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic playbook of exactly N Markdown pages; the same seed gives the same bytes.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--pages", required = true, paramLabel = "N", description = "Number of Markdown pages.")
    private int pages;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder, absent or empty.")
    private Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--corpus", defaultValue = "clean", paramLabel = "clean|realistic",
            description = "The clean corpus, or the realistic one (broken links, raw HTML, tables, large pages, deep folders); default: ${DEFAULT-VALUE}.")
    private String corpus;

    @Override
    public Integer call() {
        if (!corpus.equals("clean") && !corpus.equals("realistic")) {
            System.err.println("playbook-bench: --corpus must be clean or realistic, got " + corpus);
            return 2;
        }
        if (pages < 1) {
            System.err.println("playbook-bench: --pages must be at least 1, got " + pages);
            return 2;
        }
        long start = System.nanoTime();
        try {
            if (corpus.equals("realistic")) {
                new RealisticPlaybook(pages, seed).writeTo(out);
            } else {
                new SyntheticPlaybook(pages, seed).writeTo(out);
            }
        } catch (IOException e) {
            System.err.println("playbook-bench: cannot write the playbook: " + e.getMessage());
            return 1;
        }
        System.out.printf("generated %,d " + corpus + " pages (seed %d) in %.2f s into %s%n",
                pages, seed, (System.nanoTime() - start) / 1e9, out);
        return 0;
    }
}
