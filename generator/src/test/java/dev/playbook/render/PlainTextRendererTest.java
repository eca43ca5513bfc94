package dev.playbook.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import dev.playbook.testing.SamplePlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text runs escaped in one pass come out exactly as Flexmark's own escaping writes them. */
class PlainTextRendererTest {

    private final MarkdownParsers parsers = new MarkdownParsers();
    private final HtmlRenderer flexmark = MarkdownParsers.flexmarkTextRenderer();

    private void assertSameHtml(String markdown) {
        var document = parsers.fullParser().parse(markdown);
        assertEquals(flexmark.render(document), parsers.renderer().render(document), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plain text, nothing to escape",
            "a < b > c \"quoted\" 'single'",
            "caf\u00e9 \u2014 \u201ccurly\u201d \u2019 \u00a0 \u4e2d\u6587 \ud83d\ude00",
            "escaped \\* star and \\< angle and \\\\ backslash",
            "entities &amp; &lt; &copy; &#169; &#xA9; &nosuch; & alone",
            "<b>raw</b> then text > after",
            "`code < & >` and *emphasis < here* and **strong \"x\"**",
            "line one\nline two  \nline three\\\nline four",
            "[link \"text\" <x>](https://example.org/?a=1&b=2 \"title & <more>\")",
            "| a < b | c & d |\n|---|---|\n| \"e\" | f > g |\n",
            "- item <one>\n- item & two\n\n> quote \"here\"\n",
    })
    void sameHtmlAsFlexmark(String markdown) {
        assertSameHtml(markdown);
    }

    @Test
    void sameHtmlForRandomText() {
        String alphabet = "ab <>&\"'\\*_`#[]()!\n\u00e9\u2014\u201c";
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameHtml(text.toString());
        }
    }

    @Test
    void sameHtmlForEverySamplePage() throws Exception {
        List<Path> pages = SamplePlaybook.markdownFiles();
        assertTrue(pages.size() > 30);
        for (Path page : pages) {
            assertSameHtml(Files.readString(page));
        }
    }

    @Test
    void leavesEscapesEntitiesAndCarriageReturnsToFlexmark() {
        assertNull(PlainTextRenderer.escaped("a \\* b", 0, 6));
        assertNull(PlainTextRenderer.escaped("a &amp; b", 0, 9));
        assertNull(PlainTextRenderer.escaped("a\rb", 0, 3));
        assertEquals("&lt;b&gt; &quot;x&quot;", PlainTextRenderer.escaped("..<b> \"x\"..", 2, 9));
        assertEquals("plain", PlainTextRenderer.escaped("xplainx", 1, 6));
    }
}
