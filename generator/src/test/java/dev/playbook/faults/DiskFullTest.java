package dev.playbook.faults;

import dev.playbook.cli.Main;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a build that runs out of space fails with a message that names the file and says what
 * to do, leaves the old site exactly as it was and nothing of its own behind, and the next build,
 * with space again, publishes the new site. Disk full is a real size-limited tmpfs where this
 * process may mount one (root, with CAP_SYS_ADMIN), and a file-size limit (RLIMIT_FSIZE, as
 * {@code ulimit -f} sets it: the JVM ignores SIGXFSZ and gets EFBIG) everywhere.
 */
class DiskFullTest {

    private static final Path SAMPLE = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize()
            .resolve("playbook");

    @TempDir
    Path dir;
    private Path source;
    private Path edited;

    @BeforeEach
    void sources() throws IOException {
        source = dir.resolve("source");
        ChildBuild.copyTree(SAMPLE, source);
        edited = dir.resolve("edited");
        ChildBuild.copyTree(SAMPLE, edited);
        Path page = edited.resolve("standards/own-the-problem.md");
        Files.writeString(page, Files.readString(page) + "\nOne more paragraph, so the new site differs.\n");
    }

    @Test
    void aFullDiskLeavesTheOldSiteAndTheNextBuildPublishesTheNewOne() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        // Room for the published sample and a staged one beside it (the sample in two languages is about 18 MB).
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes());
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here (" + said.strip() + "); the file-size"
                + " limit test covers a full disk");
        try {
            Path out = disk.resolve("site-out");
            build(source, out, 0);
            SiteState old = SiteState.of(out);
            Path filler = disk.resolve("filler");
            fill(filler, 512 * 1024);

            TestPlaybook.Result full = build(edited, out, Main.FAILURE);
            assertTrue(full.err().contains("No space left on device; free some space and build again"), full.toString());
            assertTrue(full.err().lines().filter(l -> !l.isBlank()).count() == 1, "one line, no stack trace: " + full.err());
            assertTrue(SiteState.of(out).identical(old), "the old site is intact");
            assertEquals(Set.of("site-out", ".site-out.lock", "filler"), SiteState.namesIn(disk), "nothing left behind");

            Files.delete(filler);
            build(edited, out, 0);
            assertEquals(Optional.empty(), SiteState.of(out).differenceFrom(expected(out.getParent())));
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFileSizeLimitLeavesTheOldSiteAndTheNextBuildPublishesTheNewOne() throws Exception {
        Path out = dir.resolve("pub/site-out");
        build(source, out, 0);
        SiteState old = SiteState.of(out);
        // The release's zip (about 1.6 MB) is larger than the limit of 1,024 blocks of 1 KB.
        List<String> java = ChildBuild.command(List.of(), "build", "--source", edited.toString(), "--out", out.toString(), "-q");
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", "ulimit -f 1024; exec \"$@\"", "bash"));
        command.addAll(java);
        ChildBuild.Outcome limited = ChildBuild.run(command);
        assertEquals(Main.FAILURE, limited.exitCode(), limited.err());
        assertTrue(limited.messages().matches("playbook: stage [a-z: ]+ failed: writing \\S+: File too large; .*\n"), limited.err());
        assertTrue(SiteState.of(out).identical(old), "the old site is intact");
        assertEquals(Set.of("site-out", ".site-out.lock"), SiteState.namesIn(out.getParent()), "nothing left behind");

        build(edited, out, 0);
        assertEquals(Optional.empty(), SiteState.of(out).differenceFrom(expected(dir.resolve("pub"))));
    }

    /** What an uninterrupted build of the edited source makes of the old site. */
    private SiteState expected(Path name) throws IOException {
        Path out = dir.resolve("expected-" + name.getFileName() + "/site-out");
        build(source, out, 0);
        build(edited, out, 0);
        return SiteState.of(out);
    }

    private static TestPlaybook.Result build(Path source, Path out, int exitCode) {
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q");
        assertEquals(exitCode, result.exitCode(), result.toString());
        return result;
    }

    /** Fills the file system until it is full, then frees {@code left} bytes. */
    private static void fill(Path filler, int left) throws IOException {
        byte[] block = new byte[256 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // No space left on device: now make a little room again.
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - left));
        }
    }
}
