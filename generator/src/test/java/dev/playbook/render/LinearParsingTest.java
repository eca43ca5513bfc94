package dev.playbook.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the linear-time heading and inline parsers ({@link LinearHeadings},
 * {@link LinearInlineParser}) give exactly the HTML of Flexmark's stock parsers, and the pages
 * that were quadratic for Flexmark parse in time.
 */
class LinearParsingTest {

    private static final int ALL = (1 << 7) - 1;
    private final MarkdownParsers parsers = new MarkdownParsers();
    private final Parser stock = Parser.builder(new MutableDataSet(MarkdownParsers.options(ALL)).set(Parser.HEADING_PARSER, true)).build();

    /** Whether the HTML is the same; false when the stock parser overflows its stack on it (a fuzz input nesting thousands deep). */
    private boolean assertSameHtml(String markdown) {
        String expected;
        try {
            expected = parsers.renderer().render(stock.parse(markdown));
        } catch (StackOverflowError e) {
            return false;
        }
        assertEquals(expected, parsers.renderer().render(parsers.fullParser().parse(markdown)), markdown);
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Title\n=====\n\ntext\n", "Title\n---\n", "a\nb\n---\nc\n", "- item\n---\n", "> quote\n---\n",
            "- item\n  ---\n", "1. a\n   b\n   ===\n", "   ## indented\n", "    # code\n", "#no space\n", "## closed ##\n",
            "text\n# heading\ntext\n", "| a |\n|---|\n| 1 |\n---\n", "```\n---\n```\n", "<div>\n---\n</div>\n",
            "[a](b) [c][d] ![e](f \"t\") [g]\n\n[d]: /x 'y'\n", "[[id]] [[id#x|text]] [not [[wiki]]]", "<https://x.org> *a* **b** `c`",
            "[a](<b c> \"d\")", "[a]( b )", "[a](b 'c\nd')", "[x]: /u\n===\n", "[^1]\n\n[^1]: note\n===\n",
    })
    void sameHtmlForHeadingsAndLinks(String markdown) {
        assertTrue(assertSameHtml(markdown));
    }

    @Test
    void sameHtmlForEveryMarkdownFileOfTheRepository() throws IOException {
        Path root = Path.of(System.getProperty("playbook.repo.root", ".."));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/")
                    && !p.toString().contains("/.git/") && !p.toString().contains("/node_modules/")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            // Fuzz inputs may be any bytes: read as Java would show them, replaced where not UTF-8.
            compared += assertSameHtml(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)) ? 1 : 0;
        }
        assertTrue(compared > 50, "the repository's Markdown files compared: " + compared + " of " + files.size());
    }

    @Test
    void sameHtmlForRandomMarkdown() {
        String[] pieces = {"#", "## ", "---", "===", "\n", "\n\n", " ", "   ", "- ", "1. ", "> ", "|", "[", "]", "(", ")", "![",
            "<", ">", "\"", "'", "`", "*", "_", "text", "x", "[[", "]]", "#a", "{#id}", "[^1]", ":", "\t", "\\"};
        Random random = new Random(13);
        for (int run = 0; run < 1_000; run++) {
            StringBuilder markdown = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameHtml(markdown.toString());
        }
    }

    /** Quadratic in Flexmark (a paragraph of 50,000 links, a table of 50,000 rows): minutes each; seconds here. */
    @Test
    void longParagraphsAndTablesParseInLinearTime() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            links.append("See [page ").append(i).append("](page-").append(i).append(".md) and [[id-").append(i).append("]].\n");
        }
        StringBuilder table = new StringBuilder("| Role | Limit |\n|---|---|\n");
        for (int i = 0; i < 50_000; i++) {
            table.append("| Agent ").append(i).append(" | $25 |\n");
        }
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertTrue(parsers.renderer().render(parsers.fullParser().parse(links.toString())).contains("page-24999.md"));
            assertTrue(parsers.renderer().render(parsers.fullParser().parse(table.toString())).contains("Agent 49999"));
        });
    }
}
