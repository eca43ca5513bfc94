package dev.playbook.bench.measure;

import dev.playbook.bench.corpus.RealisticPlaybook;
import dev.playbook.bench.corpus.SyntheticPlaybook;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps one generated corpus per page count under the work folder ({@code pages-N/source}), reused while its
 * marker names the same page count, seed and generator format; otherwise regenerated from scratch.
 */
public final class CorpusStore {
    private final Path work;
    private final PrintStream out;

    public CorpusStore(Path work, PrintStream out) {
        this.work = work;
        this.out = out;
    }

    public Path home(int pages) {
        return work.resolve("pages-" + pages);
    }

    /** The corpus of {@code pages} pages, generated unless a cached one matches. */
    public Path prepare(int pages, long seed) throws IOException {
        Path home = home(pages);
        Path source = home.resolve("source");
        Path marker = home.resolve("corpus.properties");
        String expected = "pages=" + pages + "\nseed=" + seed + "\nformat=" + SyntheticPlaybook.FORMAT_VERSION + "\n";
        if (Files.isDirectory(source) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
            out.printf("corpus: reusing %,d pages (seed %d) in %s%n", pages, seed, source);
            return source;
        }
        FileTree.delete(home);
        long start = System.nanoTime();
        new SyntheticPlaybook(pages, seed).writeTo(source);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Written last: an interrupted generation leaves no marker and is redone next time.
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        FileTree size = FileTree.measure(source);
        out.printf("corpus: generated %,d pages (seed %d, %,d bytes) in %.1f s into %s%n",
                pages, seed, size.bytes(), seconds, source);
        return source;
    }

    /** The realistic corpus of {@code pages} pages ({@link RealisticPlaybook}), in {@code pages-N/realistic}. */
    public Path prepareRealistic(int pages, long seed) throws IOException {
        Path home = home(pages).resolve("realistic");
        Path source = home.resolve("source");
        Path marker = home.resolve("corpus.properties");
        String expected = "pages=" + pages + "\nseed=" + seed + "\nformat=" + SyntheticPlaybook.FORMAT_VERSION
                + "." + RealisticPlaybook.FORMAT_VERSION + "\n";
        if (Files.isDirectory(source) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
            out.printf("corpus: reusing the realistic %,d pages (seed %d) in %s%n", pages, seed, source);
            return source;
        }
        FileTree.delete(home);
        new RealisticPlaybook(pages, seed).writeTo(source);
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        out.printf("corpus: generated the realistic %,d pages (seed %d, %,d bytes) into %s%n",
                pages, seed, FileTree.measure(source).bytes(), source);
        return source;
    }

    /** The Hugo copy of a prepared corpus, written once and removed with the corpus. */
    Path hugoSite(int pages, Path source) throws IOException {
        Path site = home(pages).resolve("hugo");
        if (!Files.isRegularFile(site.resolve(HugoSite.CONFIG))) {
            FileTree.delete(site);
            new HugoSite().write(source, site);
            out.printf("hugo: wrote an equivalent site into %s%n", site);
        }
        return site;
    }
}
