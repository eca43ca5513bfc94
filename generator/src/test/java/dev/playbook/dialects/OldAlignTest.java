package dev.playbook.dialects;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 14, found building a real Docusaurus handbook (and common in GitBook and README-style
 * pages): {@code <div align="center">} centred the block on the old site and on git hosts; Playbook
 * dropped it with a warning. On a block it is the same {@code align-*} class as
 * {@code style="text-align: center"}; on an image (a float, not an alignment) it still goes, with the warning.
 */
class OldAlignTest {

    @TempDir
    Path dir;

    @Test
    void alignOnABlockIsTheAlignmentClass() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", """
                        # Desk

                        <div align="center">
                          <img src="desk.png" alt="Desk" align="left" />
                        </div>

                        <p align="RIGHT">Signed, the team.</p>

                        <h2 align="middle">Odd value</h2>
                        """)
                .file("desk.png", "png")
                .build();
        Element content = handbook.site.html("index.html").selectFirst("main .content");
        assertEquals("align-center", content.child(0).className());
        assertEquals("align-right", content.selectFirst("p").className());
        Element odd = content.selectFirst("h2");
        assertFalse(odd.hasAttr("align") || odd.className().contains("align"), odd::outerHtml);
        assertEquals(List.of(
                        "playbook/index.md:4:34: warning: align on <img> removed: not among the attributes this element may have",
                        "playbook/index.md:9:5: warning: align on <h2> removed: not among the attributes this element may have"),
                handbook.problems().stream().filter(p -> !p.contains("no vision page")).toList());
    }
}
