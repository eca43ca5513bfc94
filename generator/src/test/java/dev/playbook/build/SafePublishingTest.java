package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed build changes nothing; a build never deletes what it did not write; output is deterministic. */
class SafePublishingTest {

    @TempDir
    Path dir;

    private TestPlaybook site() {
        return TestPlaybook.in(dir)
                .file("index.md", "# Home\n\n[A](a.md)\n")
                .file("a.md", "---\ntitle: A\ntags: [x]\n---\n## One\n\nText.\n")
                .file("standards/b.md", "---\ntype: standard\n---\n# B\n");
    }

    @Test
    void failedBuildLeavesPublishedSiteByteForByte() throws Exception {
        TestPlaybook site = site();
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> before = site.snapshot();
        site.file("a.md", "---\ntitle: [broken\n---\n");
        assertEquals(1, site.build().exitCode());
        assertSameFiles(before, site.snapshot());
        assertNoStagingLeft();
    }

    @Test
    void filesNotWrittenByPlaybookAreNeverDeleted() throws Exception {
        TestPlaybook site = site();
        Files.createDirectories(site.out().resolve("2025.1"));
        Files.writeString(site.out().resolve("2025.1/index.html"), "an older release deployed by hand");
        Files.writeString(site.out().resolve("CNAME"), "playbook.example.org");
        Files.createDirectories(site.out().resolve("2026.2"));
        Files.writeString(site.out().resolve("2026.2/notes.txt"), "a note put into the release folder");
        assertEquals(0, site.build().exitCode());
        site.delete("a.md").file("index.md", "# Home\n");
        assertEquals(0, site.build().exitCode());
        assertFalse(site.published("a.html"), "a page removed from the source is removed from the site");
        assertEquals("an older release deployed by hand", site.rootOutput("2025.1/index.html"));
        assertEquals("playbook.example.org", site.rootOutput("CNAME"));
        assertEquals("a note put into the release folder", site.output("notes.txt"));
    }

    @Test
    void refusesToOverwriteAFileItDidNotWrite() throws Exception {
        TestPlaybook site = site();
        Files.createDirectories(site.site());
        Files.writeString(site.site().resolve("a.html"), "someone else's file");
        var result = site.build();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("was not written by Playbook"), result::toString);
        assertEquals("someone else's file", site.output("a.html"));
        assertFalse(Files.exists(site.out().resolve("index.html")), "nothing beside the release is written either");
    }

    @Test
    void twoBuildsAreByteIdenticalAndTheSecondRewritesNothing() {
        TestPlaybook site = site();
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> first = site.snapshot();
        var again = site.build();
        assertEquals(0, again.exitCode());
        assertSameFiles(first, site.snapshot());
        assertTrue(again.out().contains("(0 files written,"), again::toString);
    }

    /** Fresh builds into two folders are byte-identical, Lucene's segment files and the release's zip included (issue 15). */
    @Test
    void buildsInDifferentFoldersAreByteIdentical() {
        TestPlaybook one = site();
        assertEquals(0, one.build().exitCode());
        Path other = dir.resolve("elsewhere");
        var result = TestPlaybook.run("build", "--source", one.source().toString(), "--out", other.toString());
        assertEquals(0, result.exitCode());
        Map<String, byte[]> first = one.snapshot();
        Map<String, byte[]> second = TestPlaybook.snapshot(other);
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().stream().anyMatch(path -> path.startsWith("2026.2/search/lucene/")), first.keySet()::toString);
        assertTrue(first.containsKey("2026.2.zip"), first.keySet()::toString);
        assertSameFiles(first, second);
        assertTrue(first.containsKey("2026.2/search/index.properties"), "the index digest is compared");
    }

    private void assertNoStagingLeft() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".staging-")), "staging folder removed");
        }
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(path), actual.get(path)), "differs: " + path);
        }
    }
}
