package dev.playbook.faults;

import dev.playbook.cli.Main;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: an output folder, or a published file in it, that is read-only stops the build before
 * anything is published, with a message naming it and saying what to do; made writable again, the
 * next build publishes the new site. (Playbook does not replace a read-only file, though the folder
 * would let it: read-only says "leave this".)
 */
class ReadOnlyOutputTest {

    private static final Path SAMPLE = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize()
            .resolve("playbook");

    @TempDir
    Path dir;
    private Path edited;
    private Path out;
    private SiteState old;
    private List<String> restricted;

    @BeforeEach
    void oldSite() throws Exception {
        restricted = Restricted.prefix(dir);
        Path source = dir.resolve("source");
        ChildBuild.copyTree(SAMPLE, source);
        out = dir.resolve("pub/site-out");
        assertEquals(0, TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q").exitCode());
        old = SiteState.of(out);
        ChildBuild.copyTree(out, dir.resolve("old/site-out"));
        edited = dir.resolve("edited");
        ChildBuild.copyTree(source, edited);
        Path page = edited.resolve("standards/own-the-problem.md");
        Files.writeString(page, Files.readString(page) + "\nOne more paragraph.\n");
    }

    @Test
    void aReadOnlyOutputFolder() throws Exception {
        Restricted.mode(out, "r-xr-xr-x");
        try {
            refused(out, "releases");
        } finally {
            Restricted.mode(out, "rwxr-xr-x");
        }
        publishesTheNewSite();
    }

    @Test
    void aReadOnlyFileInTheOutputFolder() throws Exception {
        Path page = out.resolve("2026.2/standards/own-the-problem.html");
        Restricted.mode(page, "r--r--r--");
        try {
            refused(page, "write");
        } finally {
            Restricted.mode(page, "rw-r--r--");
        }
        publishesTheNewSite();
    }

    /** A read-only folder is found while the releases are planned, a read-only file when the plan is carried out. */
    private void refused(Path readOnly, String stage) {
        ChildBuild.Outcome outcome = ChildBuild.run(ChildBuild.command(restricted, "build", "--source", edited.toString(),
                "--out", out.toString(), "-q"));
        assertEquals(Main.FAILURE, outcome.exitCode(), outcome.err());
        assertEquals("playbook: stage " + stage + " failed: cannot publish: " + readOnly + " is read-only; make it writable"
                + " (chmod u+w) and build again (nothing was published)\n", outcome.messages());
        assertTrue(SiteState.of(out).identical(old), "the old site is intact");
        assertEquals(Set.of("site-out", ".site-out.lock"), SiteState.namesIn(out.getParent()), "nothing left behind");
    }

    private void publishesTheNewSite() throws IOException {
        assertEquals(0, TestPlaybook.run("build", "--source", edited.toString(), "--out", out.toString(), "-q").exitCode());
        // What an uninterrupted build of the edited source makes of the old site.
        Path expected = dir.resolve("expected/site-out");
        ChildBuild.copyTree(dir.resolve("old/site-out"), expected);
        assertEquals(0, TestPlaybook.run("build", "--source", edited.toString(), "--out", expected.toString(), "-q").exitCode());
        assertEquals(Optional.empty(), SiteState.of(out).differenceFrom(SiteState.of(expected)));
        assertTrue(Files.readString(out.resolve("2026.2/standards/own-the-problem.html")).contains("One more paragraph."));
    }
}
