package dev.playbook.cli;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code playbook init}: a new playbook that checks with no findings and builds, and never overwrites. */
class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void aNewPlaybookChecksCleanAndBuilds() throws IOException {
        Path source = temp.resolve("team/playbook");
        TestPlaybook.Result init = TestPlaybook.run("init", source.toString());
        assertEquals(0, init.exitCode(), init::toString);
        for (String file : InitCommand.FILES) {
            assertTrue(Files.isRegularFile(source.resolve(file)), file);
        }
        assertTrue(Files.readString(source.resolve("playbook.yml")).contains("# "), "the config explains itself in comments");

        TestPlaybook.Result check = TestPlaybook.run("check", "--source", source.toString(), "--strict");
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.err().contains("0 error(s), 0 warning(s)"), check::toString);

        Path out = temp.resolve("site-out");
        TestPlaybook.Result build = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, build.exitCode(), build::toString);
        assertTrue(!build.err().contains("warning"), build::toString);
        Path release = out.resolve("2026.1");
        assertTrue(Files.readString(out.resolve("versions.json")).contains("\"2026.1\""), "the release playbook.yml names");
        String story = Files.readString(release.resolve("stories/the-late-delivery.html"));
        assertTrue(story.contains("Greet every customer"), "the story links the standard it illustrates");
        assertTrue(Files.readString(release.resolve("authority.html")).contains("200"), "the limits reach the authority matrix");
    }

    @Test
    void aFolderWithFilesIsLeftAlone() throws IOException {
        Path source = temp.resolve("playbook");
        Files.createDirectories(source);
        Files.writeString(source.resolve("notes.md"), "mine");
        Map<String, byte[]> before = TestPlaybook.snapshot(source);
        TestPlaybook.Result init = TestPlaybook.run("init", source.toString());
        assertEquals(2, init.exitCode());
        assertTrue(init.err().contains("is not empty; init never overwrites files"), init::toString);
        Map<String, byte[]> after = TestPlaybook.snapshot(source);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path)));

        Path file = temp.resolve("a-file");
        Files.writeString(file, "x");
        assertEquals(2, TestPlaybook.run("init", file.toString()).exitCode());
        assertEquals(0, TestPlaybook.run("init", temp.resolve("empty-but-new").toString()).exitCode());
    }
}
