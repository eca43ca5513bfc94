package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a defect met while working on one page is that page's problem. A real fault is thrown
 * (by {@code dev.playbook.diag.FaultInjection}) in each per-page activity of a real build; the build
 * goes on collecting the other pages' problems, publishes nothing, exits 1, and shows no stack
 * trace unless asked with {@code --debug}.
 */
class InternalErrorTest {

    @TempDir
    Path dir;

    @AfterEach
    void noFault() {
        System.clearProperty("playbook.fault");
    }

    private TestPlaybook playbook() {
        return TestPlaybook.in(dir)
                .file("playbook.yml", TestPlaybook.CONFIG + "checks:\n  links: warning\n")
                .file("index.md", "---\ntitle: Home\n---\nSee [the greeting](standards/greet.md) and [the returns](guides/returns.md).\n")
                .file("standards/greet.md", "---\ntitle: Greet every customer\n---\n## Why\n\nA greeting opens the visit.\n")
                .file("guides/returns.md", "---\ntitle: Returns\n---\nSee [nowhere](missing.md).\n\n## Steps\n\nTake it back.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "loading, standards/greet.md, playbook/standards/greet.md: error: internal error while loading: ",
            "modelling, standards/greet.md, playbook/standards/greet.md: error: internal error while reading the front matter: ",
            "rendering, standards/greet.md, playbook/standards/greet.md:4:1: error: internal error while rendering: ",
            "checking, standards/greet.md, playbook/standards/greet.md: error: internal error while checking: ",
            "indexing, greet, playbook/standards/greet.md: error: internal error while indexing for search: ",
            "laying out, standards/greet.md, playbook/standards/greet.md: error: internal error while laying out: "})
    void aDefectOnOnePageIsThatPagesProblem(String activity, String file, String expected) {
        TestPlaybook site = playbook();
        TestPlaybook.Result first = site.build();
        assertEquals(0, first.exitCode(), first::toString);
        Map<String, byte[]> before = site.snapshot();
        site.file("standards/greet.md", "---\ntitle: Greet every customer\n---\n## Why\n\nA greeting opens every visit.\n");

        System.setProperty("playbook.fault", activity + ":" + file);
        TestPlaybook.Result result = site.build();

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected + " a fault injected for a test (" + activity + " "), result::toString);
        assertTrue(result.err().contains("; please report it, with this file if you can (run with --debug to see where it happened)"),
                result::toString);
        // The other pages were still looked at: the broken link of another page is reported too.
        assertTrue(result.err().contains("playbook/guides/returns.md:4:15: warning: broken link: nothing at \"guides/missing.md\""),
                result::toString);
        assertTrue(result.err().contains("nothing was published"), result::toString);
        assertFalse(result.all().contains("\tat "), "no stack trace without --debug:\n" + result);
        assertTrue(Arrays.equals(before.keySet().toArray(), site.snapshot().keySet().toArray()), "the published site is kept");
        before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, site.snapshot().get(path)), path));

        System.clearProperty("playbook.fault");
        TestPlaybook.Result next = site.build();
        assertEquals(0, next.exitCode(), "the next build succeeds once the defect is gone:\n" + next);
    }

    @Test
    void debugPrintsTheStackTrace() {
        TestPlaybook site = playbook();
        System.setProperty("playbook.fault", "rendering:standards/greet.md");
        TestPlaybook.Result result = site.build("--debug");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook: debug: internal error while rendering " + site.source().resolve("standards/greet.md") + ":\n"), result::toString);
        assertTrue(result.err().contains("java.lang.IllegalStateException: a fault injected for a test (rendering "), result::toString);
        assertTrue(result.err().contains("\tat dev.playbook.diag.FaultInjection.at("), result::toString);

        TestPlaybook.Result check = site.check("--debug");
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.err().contains("\tat dev.playbook.build.BodyRendering"), check::toString);
    }

    @Test
    void checkReportsTheDefectAsAPositionedProblemToo() {
        TestPlaybook site = playbook();
        System.setProperty("playbook.fault", "rendering:guides/returns.md");
        TestPlaybook.Result result = site.check();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/guides/returns.md:4:1: error: internal error while rendering: "), result::toString);
        assertFalse(result.all().contains("\tat "), result::toString);
    }
}
