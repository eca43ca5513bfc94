package dev.playbook.dialects;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, found building a real Docusaurus handbook: its Markdown is MDX. Text indented inside
 * {@code <details>} rendered as one code block (MDX has no indented code), JSX attributes
 * ({@code style={{...}}}, {@code width={600}}) gave a warning per brace-word, and {@code .mdx}
 * files were no pages at all. A handbook that is not Docusaurus's keeps CommonMark's indented code.
 */
class DocusaurusMdxTest {

    @TempDir
    Path dir;

    private static final String SOLUTIONS = """
            # Drills

            <details>
            <summary>Answer</summary>
               \s
                Two calls need a stub: `ledger.read` and `ledger.write`.
               \s
                ```js
                stub(ledger.read);
                  stub(ledger.write);
                ```

                - first
                - second
            </details>

            After the answer.
            """;

    @Test
    void docusaurusMarkdownIsMdx() throws Exception {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", "# Home\n\n[Drills](drills.md) and [the tour](tour.mdx).\n")
                .file("drills.md", SOLUTIONS)
                .file("tour.mdx", """
                        import Tabs from '@theme/Tabs';
                        import {Card,
                          Grid} from '../components/cards';

                        # Tour

                        {/* Reviewers: keep this short. */}

                        <div style={{textAlign: 'center', marginBottom: 8}} className="hero">
                          <img src={require('./map.png').default} alt={"Office map"} width={300} />
                        </div>

                        Code stays code: `<div style={{x: 1}}>` and

                        ```jsx
                        <div style={{textAlign: 'center'}} />
                        ```
                        """)
                .file("map.png", "not really a png");
        Files.writeString(dir.resolve("docusaurus.config.js"), "module.exports = { title: 'Desk' };\n");
        handbook.build();

        Element drills = handbook.site.html("drills.html").selectFirst("main .content details");
        assertEquals("Two calls need a stub: ledger.read and ledger.write.", drills.selectFirst("p").text());
        assertEquals("stub(ledger.read);\n  stub(ledger.write);\n", drills.selectFirst("pre code.language-js").wholeText());
        assertEquals(List.of("first", "second"), drills.select("ul > li").eachText());
        assertEquals(1, drills.select("pre").size(), "only the fence is code");

        assertTrue(handbook.published("tour.html"), ".mdx files are pages");
        Element tour = handbook.site.html("tour.html").selectFirst("main .content");
        assertFalse(tour.text().contains("import"), tour::text);
        assertFalse(tour.text().contains("Reviewers"), tour::text);
        Element hero = tour.selectFirst("div.hero");
        assertTrue(hero.hasClass("align-center"), hero::outerHtml);
        Element img = hero.selectFirst("img");
        assertEquals(List.of("map.png", "Office map", "300"), List.of(img.attr("src"), img.attr("alt"), img.attr("width")));
        assertEquals("<div style={{x: 1}}>", tour.selectFirst("p code").text());
        assertEquals("<div style={{textAlign: 'center'}} />\n", tour.selectFirst("pre code").wholeText());
        List<String> problems = handbook.problems().stream().filter(p -> !p.contains("no vision page")).toList();
        assertEquals(List.of("playbook/tour.mdx:9:6: warning: style on <div> removed: inline styles are blocked by the"
                + " Content-Security-Policy; use a class the theme styles (text-align becomes one)"), problems);
    }

    @Test
    void otherHandbooksKeepIndentedCode() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", "# Home\n\n[Drills](drills.md)\n")
                .file("drills.md", SOLUTIONS)
                .build();
        Element drills = handbook.site.html("drills.html").selectFirst("main .content details");
        assertTrue(drills.selectFirst("pre").text().startsWith("Two calls need a stub"), drills::outerHtml);
    }
}
