package dev.playbook.dialects;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, found building a real MkDocs handbook: callout titles are inline Markdown in the old
 * generators ({@code !!! note "**Sprint**"} shows a bold word in MkDocs, {@code :::tip[Use `x`]}
 * a code span in Docusaurus); they rendered as the raw asterisks. Raw HTML in a title stays text.
 */
class CalloutTitlesTest {

    @TempDir
    Path dir;

    @Test
    void titlesRenderTheirInlineMarkdownAndKeepRawHtmlAsText() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", """
                        # Rota

                        !!! note "**Shift** swap"
                            Ask a colleague first.

                        :::tip[Run `rota --week` and see [the rules](rules.md)]
                        Before Friday.
                        :::

                        ??? warning "Late *cover*"
                            Tell the lead.

                        !!! info "A <b>title</b> with `<kbd>` and 2 < 3"
                            Plain.
                        """)
                .file("rules.md", "# Rules\n\nOne swap a week.\n")
                .build();
        Element content = handbook.site.html("index.html").selectFirst("main .content");

        Element bold = content.selectFirst("div.callout-note > p.callout-title");
        assertEquals("<strong>Shift</strong> swap", bold.html());
        Element code = content.selectFirst("div.callout-tip > p.callout-title");
        assertEquals("Run <code>rota --week</code> and see <a href=\"rules.html\">the rules</a>", code.html());
        Element summary = content.selectFirst("details.callout-warning > summary");
        assertEquals("Late <em>cover</em>", summary.html());
        assertEquals("details", summary.parent().normalName());
        assertEquals(0, summary.parent().select("span.callout-summary, p > summary").size());
        Element raw = content.select("div.callout-note > p.callout-title").get(1);
        assertEquals("A <b>title</b> with <kbd> and 2 < 3", raw.text());
        assertEquals(List.of("code"), raw.children().stream().map(Element::normalName).toList());
        assertEquals(0, content.select("span.callout-title").size(), "the marker spans are gone");
        assertEquals(List.of(), handbook.problems().stream().filter(p -> !p.contains("no vision page")).toList());
    }
}
