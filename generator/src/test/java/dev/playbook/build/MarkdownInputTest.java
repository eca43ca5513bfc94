package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real-world Markdown must not trip the build: each case is a small playbook built end to end. */
class MarkdownInputTest {

    @TempDir
    Path dir;

    @Test
    void publishesPathsAsHtmlWithIndexPagesAsSections() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("index.md", "# Welcome\n\nHello.\n")
                .file("standards/_index.md", "# Standards\n")
                .file("standards/greet.md", "---\ntitle: Greet\n---\nBody.\n")
                .file("guides/old-style.markdown", "# Old style\n\nText.\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(site.published("index.html"));
        assertTrue(site.published("standards/index.html"));
        assertTrue(site.published("standards/greet.html"));
        assertTrue(site.published("guides/old-style.html"));
        assertEquals("Greet", site.html("standards/greet.html").selectFirst("h1").text());
    }

    @Test
    void titleComesFromFirstHeadingThenFileNameAndIsNotRepeated() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("no-front-matter.md", "Intro line.\n\n# The Real Title\n\nText.\n")
                .file("just-text.md", "Nothing but text.\n")
                .file("repeated.md", "---\ntitle: Same Title\n---\n# Same Title\n\nText.\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("The Real Title", site.html("no-front-matter.html").selectFirst("h1").text());
        assertEquals("Just text", site.html("just-text.html").selectFirst("h1").text());
        Document repeated = site.html("repeated.html");
        assertEquals(1, repeated.select("h1").size(), "the title heading is shown once");
    }

    @Test
    void crlfBomAndTabsReadAsPlainUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "---\r\ntitle: Windows page\r\ntags: [a, b]\r\n---\r\n## Section\r\n\r\n-\tone\r\n-\ttwo\r\n\r\nCafé ünïcode.\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        TestPlaybook site = TestPlaybook.in(dir).bytes("windows.md", all);
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        Document page = site.html("windows.html");
        assertEquals("Windows page", page.selectFirst("h1").text());
        assertEquals(2, page.select("main li:contains(one), main li:contains(two)").size());
        assertTrue(page.text().contains("Café ünïcode."));
        assertFalse(site.output("windows.html").contains("\r"), "line ends normalised");
    }

    @Test
    void gfmFeaturesRender() {
        TestPlaybook site = TestPlaybook.in(dir).file("features.md", """
                # Features

                | Role | Limit |
                |:-----|------:|
                | Agent | $25 |

                - [x] done
                - [ ] open

                ~~old~~ new, see https://example.org and a note[^1].

                ## When to act

                [^1]: The footnote.
                """);
        assertEquals(0, site.build().exitCode());
        Document page = site.html("features.html");
        Element table = page.selectFirst(".table-wrap > table");
        assertNotNull(table, "tables are wrapped to scroll on small screens");
        assertTrue(page.selectFirst("td").hasClass("align-left"), "alignment becomes a class, not a style");
        assertEquals(2, page.select("input[type=checkbox]").size());
        assertNotNull(page.selectFirst("del"));
        assertNotNull(page.selectFirst("a[href=https://example.org]"));
        assertNotNull(page.selectFirst(".footnotes"));
        Element heading = page.selectFirst("h2#when-to-act");
        assertNotNull(heading, "headings get stable ids");
        assertEquals("#when-to-act", heading.selectFirst("a.heading-anchor").attr("href"));
        assertTrue(page.select("[style]").isEmpty(), "no inline styles in content");
    }

    @Test
    void rawHtmlIsKeptButScriptsAreRemovedWithAWarning() {
        TestPlaybook site = TestPlaybook.in(dir).file("raw.md", """
                # Raw

                <div class="box"><strong>Kept</strong></div>

                <script>alert(1)</script>

                <a href="javascript:alert(2)" onclick="x()">bad link</a>
                """);
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        Document page = site.html("raw.html");
        assertNotNull(page.selectFirst("main div.box strong"));
        assertTrue(page.select("main script").isEmpty());
        assertTrue(page.select("[onclick]").isEmpty());
        assertFalse(page.select("a:contains(bad link)").attr("href").startsWith("javascript"));
        assertTrue(result.err().contains("raw.md:5:1: warning: <script> removed: scripts never run in the published site"),
                result::toString);
        assertTrue(result.err().contains("raw.md:7:4: warning: href on <a> removed (\"javascript:alert(2)\")"), result::toString);
        assertTrue(result.err().contains("raw.md:7:31: warning: onclick on <a> removed: event handlers never run"), result::toString);
    }

    @Test
    void otherGeneratorsTemplateSyntaxIsTextWithAWarning() {
        TestPlaybook site = TestPlaybook.in(dir).file("hugo.md", """
                # Imported

                {{< figure src="x.png" >}}

                {% assign tier = "gold" %}

                `{{ kept in code }}`
                """);
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        String text = site.html("hugo.html").selectFirst("main").text();
        assertTrue(text.contains("{{< figure src=\"x.png\" >}}"), text);
        assertTrue(text.contains("{% assign tier = \"gold\" %}"), text);
        assertTrue(result.err().contains("hugo.md:3:1: warning: \"{{<\" looks like another generator's template syntax"), result::toString);
        assertTrue(result.err().contains("hugo.md:5:1: warning:"), result::toString);
        assertFalse(result.err().contains("hugo.md:7:"), "code is not flagged");
    }

    @Test
    void deeplyNestedPagesBuildOrFailWithAProblemNotACrash() {
        StringBuilder deep = new StringBuilder("# Deep\n\n").append(">".repeat(3000)).append(" quote\n\n");
        for (int i = 0; i < 300; i++) {
            deep.append("  ".repeat(i)).append("- item\n");
        }
        TestPlaybook site = TestPlaybook.in(dir).file("deep.md", deep.toString())
                .file("brackets.md", "# Brackets\n\n" + "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n");
        var result = site.build();
        assertTrue(result.exitCode() <= 1, result::toString);
        for (String page : new String[] {"deep", "brackets"}) {
            assertTrue(site.published(page + ".html") || result.err().lines().anyMatch(l -> l.contains("/" + page + ".md:")
                            && l.contains(": error: ")),
                    () -> page + ": rendered, or a problem reported at its place\n" + result.err().lines().limit(5).toList());
        }
    }

    @Test
    void largePagesBuild() {
        StringBuilder big = new StringBuilder("# Big\n\n");
        for (int i = 0; big.length() < 200_000; i++) {
            big.append("## Section ").append(i).append("\n\nThe customer called about order ").append(i)
                    .append(" and the agent owned the problem from start to finish, keeping every promise made.\n\n");
        }
        TestPlaybook site = TestPlaybook.in(dir).file("big.md", big.toString());
        assertEquals(0, site.build().exitCode());
        assertTrue(site.html("big.html").select("main h2").size() > 1000);
    }
}
