package dev.playbook.faults;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: what killed builds leave (staging folders beside the output folder, the journal's
 * temporary file, and the staging folders older versions made inside it) is removed by the next
 * build and never published; anything else, however alike its name, is left alone.
 */
class LeftoversTest {

    private static final String UUID = "0f8e4c1a-3b2d-4e5f-9a6b-7c8d9e0f1a2b";

    @TempDir
    Path dir;

    @Test
    void theNextBuildRemovesWhatKilledBuildsLeftAndNothingElse() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n\nWelcome.\n").file("a.md", "# A\n\nText.\n");
        assertEquals(0, site.build().exitCode());
        Path out = site.out();
        Path parent = out.getParent();
        // Ours: a staging folder beside the output folder with a half-written page, the journal's
        // temporary file, and a release staging folder inside the output folder (older versions).
        Files.createDirectories(parent.resolve(".site-out.staging-" + UUID + "/2026.2"));
        Files.writeString(parent.resolve(".site-out.staging-" + UUID + "/2026.2/a.html"), "<p>half");
        Files.writeString(parent.resolve(".site-out.journal.tmp"), "playbook-journal 1\nfile\t");
        Files.createDirectories(out.resolve(".2026.2.staging-" + UUID + "/standards"));
        Files.writeString(out.resolve(".2026.2.staging-" + UUID + "/standards/x.html"), "<p>staged");
        // Not ours: names that only look alike, and a foreign file in the output folder.
        Files.createDirectories(parent.resolve(".site-out.staging-not-a-uuid"));
        Files.createDirectories(parent.resolve(".other-site.staging-" + UUID));
        Files.createDirectories(out.resolve(".2026.2.staging-keep"));
        Files.writeString(out.resolve("CNAME"), "playbook.example.com\n");

        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result.toString());

        assertEquals(Set.of("playbook", "site-out", ".site-out.lock", ".site-out.staging-not-a-uuid",
                ".other-site.staging-" + UUID), SiteState.namesIn(parent));
        assertFalse(Files.exists(out.resolve(".2026.2.staging-" + UUID)), "the old layout's staging folder is gone");
        assertTrue(Files.isDirectory(out.resolve(".2026.2.staging-keep")));
        assertEquals("playbook.example.com\n", Files.readString(out.resolve("CNAME")));
        for (String path : TestPlaybook.snapshot(out).keySet()) {
            assertFalse(path.contains(".staging-" + UUID), path + " was published");
        }
    }

    @Test
    void aBuildStagesBesideTheOutputFolderNeverInsideIt() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n");
        assertEquals(0, site.build().exitCode());
        site.file("index.md", "# Home\n\nChanged.\n").file("b.md", "# B\n");
        assertEquals(0, site.build().exitCode());
        try (var inside = Files.list(site.out())) {
            assertEquals(Set.of(".playbook-manifest", "2026.2", "2026.2.zip", "404.html", "go", "index.html", "latest", "redirect.js",
                    "versions.js", "versions.json"), inside.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals(Set.of("playbook", "site-out", ".site-out.lock"), SiteState.namesIn(dir));
    }
}
