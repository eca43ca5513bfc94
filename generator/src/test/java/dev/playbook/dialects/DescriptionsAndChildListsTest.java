package dev.playbook.dialects;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 14, found building a real Hugo (docsy) handbook: every page's {@code description:} was an
 * "unknown field" warning and was lost (Hugo, Jekyll, Docusaurus and MkDocs all call the summary so),
 * and a section page's {@code {{< subpages >}}} showed as text where the old site listed the
 * section's pages, as Playbook's section pages already do.
 */
class DescriptionsAndChildListsTest {

    @TempDir
    Path dir;

    private ImportedHandbook handbook(String sectionBody) {
        return new ImportedHandbook(dir, "")
                .file("_index.md", "---\ntitle: Desk\n---\n\n[Refunds](refunds/)\n")
                .file("refunds/_index.md", "---\ntitle: Refunds\ndescription: When and how we give money back.\n---\n\n" + sectionBody)
                .file("refunds/partial.md", "---\ntitle: Partial refunds\ndescription: Part of an order.\n---\n\nText.\n")
                .file("refunds/full.md", "---\ntitle: Full refunds\nsummary: The whole order.\ndescription: Not this one.\n---\n\nText.\n")
                .build();
    }

    private static List<String> problems(ImportedHandbook handbook) {
        return handbook.problems().stream().filter(p -> !p.contains("no vision page") && !p.contains("unreachable")).toList();
    }

    @Test
    void descriptionIsTheSummary() {
        ImportedHandbook handbook = handbook("Money back.\n");
        Document section = handbook.site.html("refunds/index.html");
        assertEquals("When and how we give money back.", section.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("The whole order.", "Part of an order."), section.select("main .item-summary").eachText());
        assertEquals(List.of(), problems(handbook));
    }

    @Test
    void childListShortcodesLeaveTheListToTheSectionPage() {
        ImportedHandbook handbook = handbook("## Pages\n\n{{< subpages >}}\n\nBefore {{% children depth=\"2\" %}} after.\n");
        Document section = handbook.site.html("refunds/index.html");
        assertEquals(List.of("Pages#", "Before after."), section.select("main .content > *").eachText());
        assertFalse(section.text().contains("{{"), section::text);
        assertEquals(2, section.select("main .item-list > li").size());
        assertEquals(List.of(), problems(handbook));
    }
}
