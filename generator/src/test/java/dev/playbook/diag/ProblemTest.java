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

    /** Issue 15: what the health page shows names files inside the playbook, however the source was typed. */
    @Test
    void onAPublishedPageAProblemNamesFilesInsideThePlaybook() {
        Problem absolute = Problem.warning(new SourcePosition("/home/ana/src/playbook/standards/greet.es.md", 4, 17),
                "outdated translation: /home/ana/src/playbook/standards/greet.md changed; see"
                        + " \"/home/ana/src/playbook/a b.md\" and (/home/ana/src/playbook/x.md)");
        Problem inside = absolute.insideSource("/home/ana/src/playbook/");
        assertEquals("standards/greet.es.md", inside.file());
        assertEquals(4, inside.line());
        assertEquals("outdated translation: standards/greet.md changed; see \"a b.md\" and (x.md)", inside.message());

        // A relative root is a path's start only where a path starts: not inside another path or a word.
        Problem relative = Problem.error(new SourcePosition("playbook/guides/a.md", 1, 1),
                "link to other-playbook/x.md, old/playbook/y.md, ~/playbook/z.md and ./playbook/w.md; playbook/v.md is there");
        assertEquals("link to other-playbook/x.md, old/playbook/y.md, ~/playbook/z.md and ./playbook/w.md; v.md is there",
                relative.insideSource("playbook").message());
        assertEquals("guides/a.md", relative.insideSource("playbook").file());
        assertEquals("", Problem.error(new SourcePosition("playbook", 0, 0), "m").insideSource("playbook").file(),
                "the folder itself");
        assertEquals("playbookish/a.md", Problem.error(new SourcePosition("playbookish/a.md", 0, 0), "m")
                .insideSource("playbook").file(), "a sibling folder that starts alike is not inside");
        assertEquals(relative, relative.insideSource("."));
        assertEquals(relative, relative.insideSource(""));
    }
}
