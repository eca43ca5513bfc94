package dev.playbook.bench.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchBenchmarkTest {
    @Test
    void measuresTheSiteItselfOrItsOneReleaseFolder(@TempDir Path temp) throws IOException {
        Path flat = temp.resolve("flat");
        write(flat.resolve("search/manifest.js"));
        Path released = temp.resolve("released");
        write(released.resolve("index.html"));
        write(released.resolve("assets/js/search/engine.js"));
        write(released.resolve("bench/search/manifest.js"));

        assertEquals(flat, SearchBenchmark.releaseFolder(flat));
        assertEquals(released.resolve("bench"), SearchBenchmark.releaseFolder(released));
        assertThrows(IOException.class, () -> SearchBenchmark.releaseFolder(released.resolve("assets")));
    }

    @Test
    void startsFromTheFirstContentPageOfTheFirstSection(@TempDir Path site) throws IOException {
        write(site.resolve("index.html"));
        write(site.resolve("sec-0000/index.html"));
        write(site.resolve("sec-0000/b-page.html"));
        write(site.resolve("sec-0000/a-page.html"));
        write(site.resolve("sec-0001/a-first.html"));

        assertEquals(site.resolve("sec-0000/a-page.html"), SearchBenchmark.contentPage(site));
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
