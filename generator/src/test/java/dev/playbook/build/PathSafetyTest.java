package dev.playbook.build;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: names that become paths (page ids, aliases, permalinks, old addresses, course ids,
 * release names) are checked before they become paths. Whatever an editor writes, nothing is
 * written outside the output folder: the test lists every file of its temp folder before and after.
 */
class PathSafetyTest {

    @TempDir
    Path dir;

    /** Hostile ways to name a place outside the site, written into every field that names an address. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"../../escaped", "../escaped.html", "/etc/escaped", "..\\\\escaped", "a/../../escaped",
            "C:/escaped", "%2e%2e/%2e%2e/escaped", "a/./../../escaped", "//elsewhere.example/escaped", "file:///tmp/escaped",
            "escaped\\u0000.html", "....//escaped", "~/escaped"})
    void addressesFromTheFrontMatterStayInsideTheSite(String hostile) {
        String value = "\"" + hostile + "\"";
        TestPlaybook site = TestPlaybook.in(dir)
                .file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\n")
                .file("index.md", "---\ntitle: Home\n---\nSee [the page](" + hostile.replace("\\\\", "/") + ").\n")
                .file("a.md", "---\ntitle: A\nid: " + value + "\n---\nText\n")
                .file("b.md", "---\ntitle: B\naliases: [" + value + "]\nredirect_from: [" + value + "]\n---\nText\n")
                .file("c.md", "---\ntitle: C\npermalink: " + value + "\n---\nText\n")
                .file("d.md", "---\ntitle: D\nslug: " + value + "\nurl: " + value + "\n---\nText\n")
                .file("courses/e.yml", "id: " + value + "\ntitle: E\nmodules:\n  - title: One\n    steps: [a]\n");
        Set<String> before = files(dir);
        TestPlaybook.Result result = site.build();
        assertTrue(result.exitCode() == 0 || result.exitCode() == 1, result::toString);
        assertFalse(result.all().contains("\tat ") || result.all().contains("internal error"), result::toString);
        Set<String> added = new TreeSet<>(files(dir));
        added.removeAll(before);
        String out = dir.relativize(site.out()).toString() + "/";
        // The lock lives beside the output folder on purpose (docs/reliability.md), the build cache
        // in the source folder (docs/performance.md), its files named by the cache, not the pages;
        // nothing else may.
        String cache = dir.relativize(site.source()).toString() + "/.playbook-cache/";
        Set<String> outside = added.stream().filter(p -> !p.startsWith(out) && !p.equals(".site-out.lock")
                        && !(p.startsWith(cache) && !p.contains("escaped")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), outside, "files written outside " + out + "\n" + result);
        assertFalse(added.stream().anyMatch(p -> p.contains("escaped") && !p.startsWith(out + "2026.2/")
                && !p.startsWith(out + "latest/") && !p.startsWith(out + "go/")), () -> added + "\n" + result);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"../escaped", "a/b", ".", "..", "latest", "go", "/tmp/escaped", "x\ty", ""})
    void aReleaseNameThatIsNoFolderNameIsAUsageErrorOrAProblem(String hostile) {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "---\ntitle: Home\n---\nText\n");
        Set<String> before = files(dir);
        TestPlaybook.Result result = site.build("--release", hostile);
        assertTrue(result.exitCode() == 1 || result.exitCode() == 2, result::toString);
        assertTrue(result.err().contains("release"), result::toString);
        assertFalse(result.all().contains("\tat "), result::toString);
        Set<String> added = new TreeSet<>(files(dir));
        added.removeAll(before);
        assertEquals(Set.of(), added.stream().filter(p -> !p.equals(".site-out.lock")).collect(Collectors.toSet()), result::toString);
    }

    /** Git allows tag names that are no folder names ("release/_hidden", "release/-x", "release/a/b"). */
    @Test
    void gitTagsThatAreNoReleaseNamesAreLeftOutWithAWarning() {
        try (GitPlaybook git = GitPlaybook.init(dir, TestPlaybook.CONFIG)) {
            git.file("index.md", "---\ntitle: Home\n---\nText\n").commit("Home");
            for (String tag : List.of("release/_hidden", "release/-x", "release/a/b", "release/latest", "release/x{y}")) {
                git.tag(tag, false);
            }
            TestPlaybook site = git.playbook();
            Set<String> before = files(dir);
            TestPlaybook.Result result = site.build("--all-releases");
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(result.all().contains("\tat "), result::toString);
            for (String name : List.of("_hidden", "-x", "a/b", "latest", "x{y}")) {
                assertTrue(result.err().contains("\"release/" + name + "\""), () -> name + " named in\n" + result);
            }
            Set<String> added = new TreeSet<>(files(dir));
            added.removeAll(before);
            String out = dir.relativize(site.out()).toString() + "/";
            String cache = dir.relativize(site.source()).toString() + "/.playbook-cache/";
            assertEquals(Set.of(), added.stream().filter(p -> !p.startsWith(out) && !p.endsWith(".site-out.lock")
                    && !p.startsWith(cache)).collect(Collectors.toSet()), result::toString);
            assertFalse(added.stream().anyMatch(p -> p.contains("hidden") || p.contains("/a/b/")), added::toString);
        }
    }

    @Test
    void aThemeFolderOutsideTheSourceIsReadNeverWritten() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("elsewhere/theme/templates"));
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "---\ntitle: Home\n---\nText\n");
        Set<String> before = files(dir.resolve("elsewhere"));
        TestPlaybook.Result result = site.build("--theme", theme.getParent().toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(before, files(dir.resolve("elsewhere")));
    }

    private static Set<String> files(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
