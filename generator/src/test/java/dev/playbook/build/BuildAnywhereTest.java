package dev.playbook.build;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: two builds of the same input, anywhere, give byte-identical published files. "Anywhere"
 * is the checkout's folder as much as the output's: two clones of one playbook, in folders of
 * different names and depths, publish the same bytes, the health page's findings (whose messages
 * name other files), the search index, the zip and the release notes from git included.
 */
class BuildAnywhereTest {

    @TempDir
    Path temp;

    @Test
    void twoCheckoutsInDifferentFoldersPublishTheSameBytes() throws IOException {
        TestPlaybook first = MultilingualPlaybook.everyKindOfPage(temp.resolve("one"));
        String original = Files.readString(first.source().resolve("standards/greet.md"));
        // Findings whose messages name files of the playbook: an outdated translation (it names
        // its original) and a broken link (it names the page it was looked for in).
        first.file("standards/greet.es.md", Files.readString(first.source().resolve("standards/greet.es.md"))
                .replace("summary: Saluda primero.\n", "summary: Saluda primero.\ntranslation-of: \"0123456789ab\"\n"));
        first.file("guides/moved.md", "---\ntitle: Moved\n---\nSee [the greeting](../standards/gret.md) and "
                + "[an old guide](old/guide.md).\n\n<div class=\"x\" onclick=\"alert(1)\">raw <b>HTML</b></div>\n");
        first.file("standards/greet.md", original.replace("Always", "Always and everywhere"));
        first.file("playbook.yml", Files.readString(first.source().resolve("playbook.yml")) + "checks:\n  links: warning\n");
        TestPlaybook second = new TestPlaybook(temp.resolve("somewhere/else/much/deeper"));
        copy(first.source(), second.source());

        TestPlaybook.Result a = first.build();
        TestPlaybook.Result b = second.build();
        assertEquals(0, a.exitCode(), a::toString);
        assertEquals(0, b.exitCode(), b::toString);
        assertTrue(a.all().contains("outdated translation: " + first.source().toString().replace('\\', '/')
                + "/standards/greet.md"), "the console names the file as it was given: " + a);

        Map<String, byte[]> one = first.snapshot();
        Map<String, byte[]> other = second.snapshot();
        String health = new String(one.get("2026.2/health.html"), StandardCharsets.UTF_8);
        assertTrue(health.contains("outdated translation: standards/greet.md changed since revision"), health);
        assertFalse(health.contains(temp.toString()), "no folder of this machine on a published page");
        assertTrue(one.keySet().stream().anyMatch(p -> p.contains("/search/lucene/")), one.keySet()::toString);
        SafePublishingTest.assertSameFiles(one, other);
    }

    @Test
    void twoClonesOfAGitPlaybookPublishTheSameReleases() throws IOException {
        try (GitPlaybook git = MultilingualPlaybook.twoReleases(temp.resolve("clone-a"))) {
            assertTrue(Files.isDirectory(temp.resolve("clone-a/.git")));
        }
        TestPlaybook first = new TestPlaybook(temp.resolve("clone-a"));
        TestPlaybook second = new TestPlaybook(temp.resolve("b/other-name"));
        copy(temp.resolve("clone-a"), temp.resolve("b/other-name"));

        TestPlaybook.Result a = first.build("--all-releases");
        TestPlaybook.Result b = second.build("--all-releases");
        assertEquals(0, a.exitCode(), a::toString);
        assertEquals(0, b.exitCode(), b::toString);
        Map<String, byte[]> one = first.snapshot();
        assertTrue(one.keySet().stream().anyMatch(p -> p.startsWith("2026.1/")) && one.containsKey("2026.2/index.html"),
                one.keySet()::toString);
        SafePublishingTest.assertSameFiles(one, second.snapshot());
    }

    /** A copy of a folder, its hidden ones (.git) included, as a second clone would be. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
