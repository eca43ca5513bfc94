package dev.playbook.testing;

import dev.playbook.diag.Problem;

import java.util.Collection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fuzz tests' common property of problems: each names a file that was read and a place
 * inside it (a line no further than one past its last), with a message in words, not a
 * stack trace or an exception's class name.
 */
public final class Positioned {

    private Positioned() {
    }

    /** {@code texts}: each file the problems may name, with its text (to count its lines). */
    public static void assertPositioned(Collection<Problem> problems, Map<String, String> texts) {
        for (Problem problem : problems) {
            String text = texts.get(problem.file());
            if (text == null) {
                if (texts.keySet().stream().noneMatch(f -> f.startsWith(problem.file()))) {
                    fail("a problem names a file that was not read: " + problem.format());
                }
                continue;
            }
            // Lines as the loader and editors count them: a CR alone ends a line too (found by LimitFuzzTest).
            long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            assertTrue(problem.line() <= lines + 1, () -> "line " + problem.line() + " is past the end (" + lines
                    + " lines): " + problem.format());
            assertFalse(problem.message().isBlank(), () -> "a problem without a message: " + problem.format());
            assertFalse(problem.message().matches("(?s).*\\b(java|com|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*"),
                    () -> "a problem that is an exception's class name, not advice: " + problem.format());
            assertFalse(problem.message().contains("\tat "), () -> "a stack trace in a problem: " + problem.format());
        }
    }
}
