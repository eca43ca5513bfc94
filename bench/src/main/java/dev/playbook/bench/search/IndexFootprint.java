package dev.playbook.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a built site's search costs on disk: the Lucene index ({@code search/lucene/}) and the static
 * export the browser reads (every other file under {@code search/}: manifest, data files, the index
 * description).
 */
public record IndexFootprint(int pages, long luceneBytes, int luceneFiles, long exportBytes, int exportFiles) {
    /** Export files are held to one per this many pages. */
    public static final int PAGES_PER_FILE = 25;

    /** Measures {@code site/search}. */
    public static IndexFootprint measure(Path site, int pages) throws IOException {
        Path search = site.resolve("search");
        if (!Files.isRegularFile(search.resolve("manifest.js"))) {
            throw new IOException("no search export in " + site + " (missing search/manifest.js)");
        }
        Path lucene = search.resolve("lucene");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(search)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long luceneBytes = 0;
        int luceneFiles = 0;
        long exportBytes = 0;
        int exportFiles = 0;
        for (Path file : files) {
            long size = Files.size(file);
            if (file.startsWith(lucene)) {
                luceneBytes += size;
                luceneFiles++;
            } else {
                exportBytes += size;
                exportFiles++;
            }
        }
        return new IndexFootprint(pages, luceneBytes, luceneFiles, exportBytes, exportFiles);
    }

    public long totalBytes() {
        return luceneBytes + exportBytes;
    }

    /** Export files for every {@value #PAGES_PER_FILE} pages; the target is at most 1. */
    public double exportFilesPer25Pages() {
        return exportFiles * (double) PAGES_PER_FILE / pages;
    }

    /** The most export files the target allows: pages / {@value #PAGES_PER_FILE}. */
    public int exportFileBudget() {
        return pages / PAGES_PER_FILE;
    }
}
