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

    private static String[] concat(String[] prefix, String last) {
        String[] all = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        all[prefix.length] = last;
        return all;
    }
}
