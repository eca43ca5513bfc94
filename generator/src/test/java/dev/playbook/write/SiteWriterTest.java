package dev.playbook.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing escapes the output folder, and nothing reaches it before commit. */
class SiteWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b.html", "a//b.html", ".playbook-manifest", "c:/x.html"})
    void refusesPathsOutsideTheOutputFolder(String path) throws Exception {
        try (SiteWriter writer = SiteWriter.open(dir.resolve("out"))) {
            assertThrows(OutputClashException.class, () -> writer.write(path, "x", "test"));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void refusesToWriteThroughALinkThatLeavesTheOutputFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("linked/page.html", "x", "test");
            assertThrows(IOException.class, writer::commit);
        }
        assertFalse(Files.exists(elsewhere.resolve("page.html")));
    }

    @Test
    void nothingIsPublishedUntilCommitAndTwoOwnersOfAPathClash() throws Exception {
        Path out = dir.resolve("out");
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("a.html", "one", "first.md");
            OutputClashException clash = assertThrows(OutputClashException.class, () -> writer.write("a.html", "two", "second.md"));
            assertEquals("both first.md and second.md publish a.html; rename one of them", clash.getMessage());
            assertFalse(Files.exists(out.resolve("a.html")));
            CommitReport report = writer.commit();
            assertEquals(1, report.written());
        }
        assertEquals("one", Files.readString(out.resolve("a.html")));
        assertTrue(Files.readString(out.resolve(SiteWriter.MANIFEST)).contains("\na.html\n"));
    }
}
