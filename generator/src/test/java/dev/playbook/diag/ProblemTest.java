package dev.playbook.diag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a problem prints: the place, the severity and the message, with the source's control characters visible. */
class ProblemTest {

    /** Issue 13, found by SiteConfigFuzzTest: a tab quoted from an unknown key was printed as it was (invisible). */
    @Test
    void controlCharactersQuotedFromTheSourceAreShownAsEscapes() {
        Problem problem = Problem.warning(new SourcePosition("playbook/playbook.yml", 1, 1),
                "unknown setting \"ti\tat tle\u001b[2J\u0085\r\"; it is ignored");
        assertEquals("playbook/playbook.yml:1:1: warning: unknown setting \"ti\\tat tle\\u001b[2J\\u0085\\r\"; it is ignored",
                problem.format());
        assertEquals("cannot read YAML: line 1\nline 2", Problem.error(new SourcePosition("a.yml", 1, 1),
                "cannot read YAML: line 1\nline 2").message(), "line breaks stay");
        String plain = "unknown role \"assoc\"";
        assertEquals(plain, Problem.error(new SourcePosition("a.md", 2, 3), plain).message());
    }
}
