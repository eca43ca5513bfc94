package dev.playbook.index;

import dev.playbook.testing.TestPlaybook;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: the same input gives byte-identical output, the Lucene index and the release zip
 * included, while the index stays a valid Lucene index that CheckIndex passes and that searches.
 */
class StableIndexTest {

    @TempDir
    Path dir;

    private TestPlaybook playbook() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("index.md", "---\ntitle: Home\n---\nWelcome. See [greeting](standards/greet.md).\n");
        for (int i = 0; i < 40; i++) {
            site.file("guides/guide-" + i + ".md", "---\ntitle: Guide " + i + "\ntags: [returns, parcel]\n---\n"
                    + "Refunds for a late parcel, case " + i + ".\n\n## How\n\nOffer a voucher of " + i + " euros.\n\n## When\n\nAlways.\n");
        }
        return site.file("standards/greet.md", "---\ntitle: Greet every customer\n---\n## How\n\nSmile and greet.\n");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdenticalIndexIncluded() throws Exception {
        TestPlaybook site = playbook();
        Path first = dir.resolve("out-1");
        Path second = dir.resolve("out-2");
        assertEquals(0, TestPlaybook.run("build", "--source", site.source().toString(), "--out", first.toString()).exitCode());
        Thread.sleep(1100); // a later second, in case anything still stamps the time
        assertEquals(0, TestPlaybook.run("build", "--source", site.source().toString(), "--out", second.toString()).exitCode());
        Map<String, byte[]> a = TestPlaybook.snapshot(first);
        Map<String, byte[]> b = TestPlaybook.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        long lucene = a.keySet().stream().filter(p -> p.contains("/search/lucene/")).count();
        assertTrue(lucene >= 5, "the index is published: " + a.keySet());
        for (String path : a.keySet()) {
            assertTrue(Arrays.equals(a.get(path), b.get(path)), () -> path + " differs between two builds of the same input");
        }
        Path index = Stream.of(first.toFile().listFiles()).map(f -> f.toPath().resolve("search/lucene"))
                .filter(Files::isDirectory).findFirst().orElseThrow();
        try (FSDirectory directory = FSDirectory.open(index)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                check.setChecksumsOnly(false);
                CheckIndex.Status status = check.checkIndex();
                assertTrue(status.clean, () -> log.toString(StandardCharsets.UTF_8));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.numDocs() > 80, "sections indexed: " + reader.numDocs());
            }
        }
        // The offline zip carries what the browser searches with, not the Lucene index.
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(first.resolve("2026.2.zip").toFile())) {
            zip.stream().forEach(e -> entries.add(e.getName()));
        }
        assertTrue(entries.contains("playbook-2026.2/2026.2/search/manifest.js"), entries::toString);
        assertTrue(entries.stream().noneMatch(e -> e.contains("/search/lucene/")), entries::toString);
        TestPlaybook.Result search = TestPlaybook.run("search", "--out", first.toString(), "voucher");
        assertEquals(0, search.exitCode(), search::toString);
        assertTrue(search.out().contains("Guide"), search::toString);
    }

    /**
     * Java's immutable sets and maps (which Lucene keeps a segment's files and diagnostics in)
     * iterate in an order that changes with every JVM run, and Lucene records the machine: a build
     * in another process, as on another machine, must still write the same bytes.
     */
    @Test
    void aBuildInAnotherJvmWritesTheSameIndex() throws Exception {
        TestPlaybook site = playbook();
        Path here = dir.resolve("here");
        assertEquals(0, TestPlaybook.run("build", "--source", site.source().toString(), "--out", here.toString()).exitCode());
        Map<String, byte[]> a = TestPlaybook.snapshot(here);
        for (int run = 0; run < 2; run++) {
            Path there = dir.resolve("there-" + run);
            ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.playbook.cli.Main", "build", "-q",
                    "--source", site.source().toString(), "--out", there.toString()).redirectErrorStream(true);
            process.environment().put("PLAYBOOK_TUNED_JVM", "off");
            Process started = process.start();
            String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, started.waitFor(), output);
            Map<String, byte[]> b = TestPlaybook.snapshot(there);
            assertEquals(a.keySet(), b.keySet());
            for (String path : a.keySet()) {
                assertTrue(Arrays.equals(a.get(path), b.get(path)), () -> path + " differs in a build by another JVM");
            }
        }
        Path si = Files.list(here.resolve("2026.2/search/lucene")).filter(p -> p.toString().endsWith(".si")).findFirst().orElseThrow();
        String text = new String(Files.readAllBytes(si), StandardCharsets.ISO_8859_1);
        for (String machine : new String[] {"os.version", "java.vendor", "java.runtime.version", "timestamp"}) {
            assertTrue(!text.contains(machine), si + " names no machine: " + machine);
        }
    }

    @Test
    void anIndexUpdatedInPlaceStaysValid() throws IOException {
        // The dev server updates the published index page by page, starting from its stable files.
        TestPlaybook site = playbook();
        assertEquals(0, site.build().exitCode());
        site.file("guides/guide-3.md", "---\ntitle: Guide 3\n---\nA changed guide about gift cards.\n");
        assertEquals(0, site.build().exitCode());
        TestPlaybook.Result search = TestPlaybook.run("search", "--out", site.out().toString(), "gift");
        assertEquals(0, search.exitCode(), search::toString);
        assertTrue(search.out().contains("Guide 3"), search::toString);
    }
}
