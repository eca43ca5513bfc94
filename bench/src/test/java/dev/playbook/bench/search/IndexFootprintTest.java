package dev.playbook.bench.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndexFootprintTest {
    @Test
    void splitsTheLuceneIndexFromTheExport(@TempDir Path site) throws IOException {
        write(site.resolve("search/lucene/_0.cfs"), 1000);
        write(site.resolve("search/lucene/segments_1"), 200);
        write(site.resolve("search/index.properties"), 50);
        write(site.resolve("search/manifest.js"), 300);
        for (int i = 0; i < 37; i++) {
            write(site.resolve("search/data/t-" + i + ".js"), 100);
        }
        write(site.resolve("assets/js/search/analyzer.js"), 9999); // the runtime is not the index

        IndexFootprint footprint = IndexFootprint.measure(site, 1000);

        assertEquals(new IndexFootprint(1000, 1200, 2, 4050, 39), footprint);
        assertEquals(5250, footprint.totalBytes());
        assertEquals(40, footprint.exportFileBudget());
        assertEquals(0.975, footprint.exportFilesPer25Pages(), 1e-9);
    }

    @Test
    void aSiteWithoutExportIsAnError(@TempDir Path site) throws IOException {
        write(site.resolve("index.html"), 10);
        IOException error = assertThrows(IOException.class, () -> IndexFootprint.measure(site, 1));
        assertEquals("no search export in " + site + " (missing search/manifest.js)", error.getMessage());
    }

    private static void write(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }
}
