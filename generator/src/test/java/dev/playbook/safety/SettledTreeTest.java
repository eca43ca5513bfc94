package dev.playbook.safety;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: a page the sanitizer leaves as parsed is not read back; one it changed, or a table jsoup misplaces, is. */
class SettledTreeTest {

    @Test
    void countsNodesAndAttributes() {
        Document document = Jsoup.parseBodyFragment("<p class=\"a\" id=\"b\">x<b>y</b></p><!-- note -->");
        // p, its two attributes, "x", b, "y", the comment (which the cleaner drops, so the counts differ).
        assertEquals(7, SettledTree.size(document.body()) - 1);
    }

    @Test
    void tablesAsTheParserBuildsThemAreSettledAndMisplacedRowContentIsNot() {
        Document table = Jsoup.parseBodyFragment("<table><thead><tr><th>a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody></table>");
        assertTrue(SettledTree.tablesAsParsed(table.body()));
        Element row = table.body().selectFirst("tbody tr");
        row.appendText("text a browser moves before the table");
        assertFalse(SettledTree.tablesAsParsed(table.body()));
        Document loose = Jsoup.parseBodyFragment("<table><tr><td>1</td></tr></table>");
        loose.body().appendChild(loose.body().selectFirst("td"));
        assertFalse(SettledTree.tablesAsParsed(loose.body()), "a cell outside a row");
    }

    @Test
    void cleaningTwiceChangesNothingWhetherReadBackOrNot() {
        HtmlSanitizer sanitizer = HtmlSanitizer.documentation();
        String[] pages = {
            "<h2 id=\"when\">When</h2>\n<p>See <a href=\"x.html#y\">x</a> and <code>DLV</code>.</p>\n<pre><code>\nkept blank line\n</code></pre>",
            "<table>\n<thead>\n<tr><th>Case</th></tr>\n</thead>\n<tbody>\n<tr><td><strong>1</strong></td></tr>\n</tbody>\n</table>",
            "<div class=\"note\"><p>Ask <b>first</b></p><table><tr><td>old</td></tr></table></div><!-- gone -->",
            "<center><font color=\"red\">No cash</font></center><script>x()</script><p style=\"text-align:center\">c</p>",
            "<table><tr><td>a</td><template><a href=\"#\">t</a></template></tr></table><a href=\"#\"><template><a href=\"#\">b</a></template></a>",
        };
        for (String page : pages) {
            String once = sanitizer.clean(page);
            assertEquals(once, sanitizer.clean(once), page);
        }
        assertEquals("<pre>\n\nblank line first</pre>", sanitizer.clean("<pre>\n\nblank line first</pre>"),
                "a settled pre keeps the line break the parser drops, as one read back does");
    }
}
