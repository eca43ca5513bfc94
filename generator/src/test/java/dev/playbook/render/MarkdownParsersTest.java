package dev.playbook.render;

import dev.playbook.testing.SamplePlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing with only the extensions a page can use gives exactly what the full parser gives. */
class MarkdownParsersTest {

    private final MarkdownParsers parsers = new MarkdownParsers();

    private void assertSameHtml(String markdown) {
        String full = parsers.renderer().render(parsers.fullParser().parse(markdown));
        String chosen = parsers.renderer().render(parsers.parserFor(markdown).parse(markdown));
        assertEquals(full, chosen, markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plain text\n\n## Heading\n\n- a\n- b\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "~~gone~~ and ~single~",
            "- [ ] open\n- [x] done\n- [X] done too\n",
            "see https://example.org and www.example.org and a@b.org",
            "note[^1]\n\n[^1]: the note\n",
            "## Title {#custom}\n\ntext {.cls}\n",
            "[[some-id]] [[id#anchor|text]]",
            "a | b without table\n\n[ ] not a task\n",
            "{{< shortcode >}} and {% liquid %}",
    })
    void sameHtmlForEachFeature(String markdown) {
        assertSameHtml(markdown);
    }

    @Test
    void sameHtmlForEverySamplePage() throws Exception {
        List<Path> pages = SamplePlaybook.markdownFiles();
        assertTrue(pages.size() > 30);
        for (Path page : pages) {
            assertSameHtml(Files.readString(page));
        }
    }
}
