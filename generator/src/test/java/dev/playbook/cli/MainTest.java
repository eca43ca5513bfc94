package dev.playbook.cli;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "build"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
        var help = TestPlaybook.run(concat(prefix, "--help"));
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("Usage: playbook"), help::toString);
        var version = TestPlaybook.run(concat(prefix, "--version"));
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("playbook "), version::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        var result = TestPlaybook.run("build", "--no-such-option");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Unknown option: '--no-such-option'"), result::toString);
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, TestPlaybook.run("deploy").exitCode());
    }

    /** Issue 15: the bench prints how many broken links and warnings the realistic corpus's build reported. */
    @Test
    void statsCountWarningsAndBrokenLinks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws java.io.IOException {
        java.nio.file.Path source = temp.resolve("src");
        java.nio.file.Files.createDirectories(source.resolve("guides"));
        java.nio.file.Files.writeString(source.resolve("playbook.yml"), "title: T\nrelease: \"1\"\nchecks:\n  links: warning\n");
        java.nio.file.Files.writeString(source.resolve("index.md"), "---\ntitle: Home\n---\n\n[a](guides/a.md) [gone](guides/b.md)\n");
        java.nio.file.Files.writeString(source.resolve("guides/a.md"),
                "---\ntitle: A\nlastmod: 2024-01-01\n---\n\n# A\n\n[home](../index.md#nowhere) [old](../old/x.md)\n");
        var result = TestPlaybook.run("build", "--source", source.toString(), "--out", temp.resolve("out").toString(), "--stats", "--no-cache");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("\nstat broken_links 3\n"), result::toString);
        long warnings = result.err().lines().filter(l -> l.contains(": warning: ")).count();
        assertTrue(warnings > 3, result::toString);
        assertTrue(result.out().contains("\nstat warnings " + warnings + "\n"), result::toString);
    }

    private static String[] concat(String[] prefix, String last) {
        String[] all = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        all[prefix.length] = last;
        return all;
    }
}
