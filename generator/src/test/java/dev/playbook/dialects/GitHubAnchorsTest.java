package dev.playbook.dialects;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, found building a real GitBook handbook: links to {@code #automated-tests--tasks}, the
 * anchor GitBook (and GitHub, Docusaurus, Hugo, kramdown) gives "Automated Tests & Tasks", were
 * missing anchors, since Playbook's own anchor keeps one dash. Both land on the heading now.
 */
class GitHubAnchorsTest {

    @TempDir
    Path dir;

    @Test
    void theOtherGeneratorsAnchorLandsOnTheHeading() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", """
                        # Desk

                        [Tests](checks.md#tests--tasks), [same](checks.md#tests-tasks), [dated](checks.md#q3--q4-2024),
                        [none](checks.md#tests---tasks).
                        """)
                .file("checks.md", "# Checks\n\n## Tests & Tasks\n\nText.\n\n## Q3 / Q4 2024\n\nMore.\n\n## Plain\n\nEnd.\n")
                .build();
        Element heading = handbook.site.html("checks.html").selectFirst("main .content h2");
        assertEquals("tests-tasks", heading.id());
        assertEquals("tests--tasks", heading.selectFirst("span.anchor-alias").id());
        assertEquals("q3--q4-2024", handbook.site.html("checks.html").select("main .content h2").get(1).selectFirst("span.anchor-alias").id());
        assertEquals(0, handbook.site.html("checks.html").select("main .content h2").get(2).select("span.anchor-alias").size());
        List<String> problems = handbook.linkProblems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("playbook/index.md:4:8: warning: missing anchor: ")
                && problems.get(0).endsWith("checks.md has no heading \"#tests---tasks\" (did you mean \"tests-tasks\"?)"), problems::toString);
    }
}
