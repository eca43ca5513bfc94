package dev.playbook.faults;

import dev.playbook.cli.Main;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a source that cannot be read is the source's problem, at its place, never a crash: a
 * file without read permission is an error at that file (nothing published), links that loop are
 * skipped with a warning (no hang), and a source folder deleted in the middle of a build leaves the
 * old site whole; the next build of the restored source publishes the new one.
 */
class SourceFaultTest {

    private static final Path SAMPLE = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize()
            .resolve("playbook");

    @TempDir
    Path dir;
    private Path source;
    private Path out;
    private SiteState old;

    @BeforeEach
    void oldSite() throws IOException {
        source = dir.resolve("source");
        ChildBuild.copyTree(SAMPLE, source);
        out = dir.resolve("pub/site-out");
        assertEquals(0, TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q").exitCode());
        old = SiteState.of(out);
        ChildBuild.copyTree(out, dir.resolve("old/site-out"));
        Path page = source.resolve("standards/own-the-problem.md");
        Files.writeString(page, Files.readString(page) + "\nOne more paragraph.\n");
    }

    @Test
    void anUnreadableSourceFileIsAnErrorAtThatFile() throws Exception {
        List<String> restricted = Restricted.prefix(dir);
        Path page = source.resolve("standards/listen-first.md");
        Restricted.mode(page, "---------");
        try {
            ChildBuild.Outcome outcome = ChildBuild.run(ChildBuild.command(restricted, "build", "--source", source.toString(),
                    "--out", out.toString(), "-q"));
            assertEquals(Main.CONTENT_ERRORS, outcome.exitCode(), outcome.err());
            assertTrue(outcome.messages().contains(source + "/standards/listen-first.md: error: cannot read file: permission"
                    + " denied; make it readable (chmod a+r) or remove it\n"), outcome.err());
            assertFalse(outcome.err().contains("Exception"), outcome.err());
            assertTrue(SiteState.of(out).identical(old), "nothing was published");
        } finally {
            Restricted.mode(page, "rw-r--r--");
        }
        publishesTheNewSite();
    }

    @Test
    void linksThatLoopAreSkippedWithAWarning() throws Exception {
        Files.createSymbolicLink(source.resolve("loop.md"), source.resolve("loop.md"));
        Files.createSymbolicLink(source.resolve("standards/around"), source);
        Files.createSymbolicLink(source.resolve("stories/nowhere.md"), dir.resolve("missing.md"));
        TestPlaybook.Result result = assertTimeoutPreemptively(Duration.ofMinutes(1), () ->
                TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q"));
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains(source + "/loop.md: warning: is a symbolic link that leads nowhere (or to itself,"
                + " in a loop); it is skipped: fix or remove the link"), result.err());
        assertTrue(result.err().contains(source + "/standards/around: warning: is a symbolic link to a folder; links to"
                + " folders are not followed"), result.err());
        assertTrue(result.err().contains(source + "/stories/nowhere.md: warning: is a symbolic link that leads nowhere"),
                result.err());
        Files.delete(source.resolve("loop.md"));
        Files.delete(source.resolve("standards/around"));
        Files.delete(source.resolve("stories/nowhere.md"));
        publishesTheNewSite();
    }

    @Test
    void aSourceGivenAsALinkToAFolderIsReadThroughIt() throws Exception {
        // The page as it was: its edit makes a warning that names the source as it was typed.
        String page = "standards/own-the-problem.md";
        Files.copy(SAMPLE.resolve(page), source.resolve(page), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path link = dir.resolve("handbook-link");
        Files.createSymbolicLink(link, source);
        Path throughLink = dir.resolve("through-link");
        Path direct = dir.resolve("direct");
        TestPlaybook.Result linked = TestPlaybook.run("build", "--source", link.toString(), "--out", throughLink.toString());
        assertEquals(0, linked.exitCode(), linked.toString());
        assertFalse(linked.err().contains("symbolic link"), linked.err());
        assertEquals(0, TestPlaybook.run("build", "--source", source.toString(), "--out", direct.toString(), "-q").exitCode());
        assertTrue(Files.readString(throughLink.resolve("2026.2/standards/own-the-problem.html")).contains("Own the problem"));
        assertEquals(Optional.empty(), SiteState.of(throughLink).differenceFrom(SiteState.of(direct)));
    }

    @Test
    void aSourceFolderDeletedMidBuildLeavesTheOldSite() throws Exception {
        Path copy = dir.resolve("source-copy");
        ChildBuild.copyTree(source, copy);
        for (String stage : List.of("load", "render", "copy")) {
            Process build = ChildBuild.start(ChildBuild.command(List.of(), "build", "--source", source.toString(),
                    "--out", out.toString(), "-q"));
            StringBuilder err = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(build.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    err.append(line).append('\n');
                    if (line.equals("playbook: trace: " + stage)) {
                        deleteTree(source);
                    }
                }
            }
            assertTrue(build.waitFor(2, TimeUnit.MINUTES));
            String messages = new ChildBuild.Outcome(build.exitValue(), err.toString()).messages();
            assertFalse(messages.contains("Exception") || messages.contains("\tat "), stage + ": " + messages);
            if (build.exitValue() == 0) {
                // It had read all it needed before the folder went: the new site, whole.
                assertEquals(Optional.empty(), SiteState.of(out).differenceFrom(expected()), stage);
            } else {
                assertTrue(build.exitValue() == Main.CONTENT_ERRORS || build.exitValue() == Main.FAILURE, stage + ": " + messages);
                assertTrue(SiteState.of(out).identical(old), stage + ": the old site is intact");
            }
            ChildBuild.copyTree(copy, source);
            publishesTheNewSite();
            // Back to the old site for the next moment.
            deleteTree(out);
            ChildBuild.copyTree(dir.resolve("old/site-out"), out);
        }
    }

    private SiteState expected() throws IOException {
        Path expected = dir.resolve("expected/site-out");
        if (!Files.exists(expected)) {
            ChildBuild.copyTree(dir.resolve("old/site-out"), expected);
            assertEquals(0, TestPlaybook.run("build", "--source", source.toString(), "--out", expected.toString(), "-q").exitCode());
        }
        return SiteState.of(expected);
    }

    private void publishesTheNewSite() throws IOException {
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(Optional.empty(), SiteState.of(out).differenceFrom(expected()));
        assertTrue(Files.readString(out.resolve("2026.2/standards/own-the-problem.html")).contains("One more paragraph."));
    }

    /** Removes a folder tree, as {@code rm -rf} would. */
    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
