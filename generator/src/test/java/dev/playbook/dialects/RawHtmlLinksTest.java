package dev.playbook.dialects;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, found building real Hugo and Docusaurus handbooks: links and images written as HTML
 * ({@code <a href="/handbook/x/">}, {@code <img src="/img/a.png">}) were published as written, so
 * they led nowhere on this site (no release folder, no pretty addresses) and none was checked.
 * They resolve and are checked like Markdown links now.
 */
class RawHtmlLinksTest {

    @TempDir
    Path dir;

    @Test
    void htmlLinksAndImagesResolveLikeMarkdownOnes() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", """
                        # Desk

                        Use <a href="/guides/refunds/#partial">the refund guide</a> or <a href='guides/refunds.md'>this</a>.

                        <div align="center">
                          <img src="/img/desk.png" alt="Desk" width="300" />
                        </div>

                        <a href="https://example.com/a?b=1&amp;c=2">away</a>, <a href="#ledger">here</a>,
                        <a href="guides/missing/">gone</a>.

                        ## Ledger
                        """)
                .file("guides/refunds.md", "# Refunds\n\n## Partial\n\nText.\n")
                .file("img/desk.png", "png")
                .build();
        Element content = handbook.site.html("index.html").selectFirst("main .content");
        assertEquals(List.of("guides/refunds.html#partial", "guides/refunds.html", "https://example.com/a?b=1&c=2", "#ledger",
                "guides/missing/"), content.select("a:not(.heading-anchor)").eachAttr("href"));
        assertEquals("img/desk.png", content.selectFirst("img").attr("src"));
        assertEquals(List.of("playbook/index.md:10:10: warning: broken link: nothing at \"guides/missing/\""),
                handbook.linkProblems());
        assertEquals(List.of("Referenced by"), handbook.site.html("guides/refunds.html").select(".page-links h2").eachText());
    }
}
