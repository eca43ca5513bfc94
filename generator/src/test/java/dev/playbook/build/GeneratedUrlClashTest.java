package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page at an address Playbook generates is an error at the page, from check as from build. */
class GeneratedUrlClashTest {

    @Test
    void aPageAtAGeneratedAddressIsAPositionedErrorInCheckAndBuild(@TempDir Path temp) {
        TestPlaybook playbook = TestPlaybook.in(temp)
                .file("index.md", "# Home\n\n[Search tips](search.md), [health](health.md)\n")
                .file("search.md", "# Search tips\n\nType a word.\n")
                .file("health.md", "# Health\n\nOur health page.\n")
                .file("fine.md", "# Fine\n\nNothing wrong here.\n");
        TestPlaybook.Result check = playbook.check();
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.err().contains("search.md:1:1: error: this page would publish search.html"), check::toString);
        assertTrue(check.err().contains("health.md:1:1: error: this page would publish health.html"), check::toString);
        assertTrue(!check.err().contains("fine.md"), check::toString);

        TestPlaybook.Result build = playbook.build();
        assertEquals(1, build.exitCode(), build::toString);
        assertTrue(build.err().contains("search.md:1:1: error: this page would publish search.html"), build::toString);
        assertTrue(!playbook.published("index.html"), "nothing is published");
    }
}
