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

    /** A file into an existing folder moves on its own; a new folder moves whole: neither through the link. */
    @ParameterizedTest
    @ValueSource(strings = {"linked/page.html", "linked/fresh/page.html"})
    void refusesToWriteThroughALinkThatLeavesTheOutputFolder(String path) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write(path, "x", "test");
            assertThrows(IOException.class, writer::commit);
        }
        try (var written = Files.list(elsewhere)) {
            assertEquals(0, written.count(), "nothing reached the folder the link leads to");
        }
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

    @Test
    void newFoldersMoveWholeBesideFoldersThatExistAndKeepTheirForeignFiles() throws Exception {
        Path out = dir.resolve("out");
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("old/a.html", "a", "a.md");
            writer.write("top.html", "top", "top.md");
            writer.commit();
        }
        assertTrue(Files.isRegularFile(out.resolve("old/a.html")), "a new output folder is the staged folder, renamed");
        Files.writeString(out.resolve("old/foreign.txt"), "not ours");
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("old/a.html", "a again", "a.md");
            writer.write("new/deep/b.html", "b", "b.md");
            writer.write("new/c.html", "c", "c.md");
            CommitReport report = writer.commit();
            assertEquals(3, report.written());
            assertEquals(1, report.removed(), "top.html was not written again");
        }
        assertEquals("a again", Files.readString(out.resolve("old/a.html")));
        assertEquals("not ours", Files.readString(out.resolve("old/foreign.txt")));
        assertEquals("b", Files.readString(out.resolve("new/deep/b.html")));
        assertEquals("c", Files.readString(out.resolve("new/c.html")));
        assertFalse(Files.exists(out.resolve("top.html")));
        assertEquals("# Files written by Playbook; it replaces or removes only these.\nnew/c.html\nnew/deep/b.html\nold/a.html\n",
                Files.readString(out.resolve(SiteWriter.MANIFEST)));
        try (var siblings = Files.list(dir)) {
            assertEquals(java.util.List.of(out), siblings.toList(), "no staging folder is left behind");
        }
    }
}
