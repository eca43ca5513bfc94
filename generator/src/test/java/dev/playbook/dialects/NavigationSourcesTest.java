package dev.playbook.dialects;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 4: the sidebar follows the navigation a handbook brought from its old generator.
 * Each test builds a small handbook for real and reads the guides group of the built sidebar.
 */
class NavigationSourcesTest {

    @TempDir
    Path dir;

    private static final String PAGE = "# %s\n\nText.\n";

    @Test
    void gitBookSummaryOrdersAndLabelsThePagesAndIsNoPage() {
        TestPlaybook site = handbook()
                .file("SUMMARY.md", """
                        # Summary

                        * [Introduction](README.md)

                        ## Getting started

                        * [Install it](setup/install.md)
                            * [On Windows](setup/windows.md "Windows")
                        * [Zebra first](zebra.md)
                        * [Gone](setup/missing.md)
                        * [Elsewhere](https://example.com/x.md)
                        * [Apple](apple.md#top)
                        """)
                .file("README.md", PAGE.formatted("Welcome"))
                .file("apple.md", PAGE.formatted("Apple"))
                .file("zebra.md", PAGE.formatted("Zebra"))
                .file("mango.md", PAGE.formatted("Mango"))
                .file("setup/install.md", PAGE.formatted("Installation"))
                .file("setup/windows.md", PAGE.formatted("Windows setup"));
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/SUMMARY.md:10:10: warning: \"setup/missing.md\" is not a page of this handbook"
                + " (no such Markdown file); fix the link or remove the entry"), result::toString);
        // Listed pages in the summary's order with its labels, then the unlisted one.
        assertEquals(List.of("Introduction", "Install it", "On Windows", "Zebra first", "Apple", "Mango"), sidebar(site, "apple.html"));
        assertFalse(site.published("SUMMARY.html"), "the summary is navigation, not a page");
        // Only the sidebar takes the summary's titles: the page keeps its own.
        assertEquals("Installation", site.html("setup/install.html").selectFirst("main h1").text());
    }

    @Test
    void mkDocsNavBesideTheDocsFolderOrdersAndLabelsThePages() {
        // The playbook's source is MkDocs' docs folder; mkdocs.yml is beside it.
        TestPlaybook site = TestPlaybook.in(dir)
                .file("index.md", PAGE.formatted("Home"))
                .file("b.md", PAGE.formatted("Bee"))
                .file("a.md", PAGE.formatted("Ay"))
                .file("guide/one.md", PAGE.formatted("One"))
                .file("guide/two.md", PAGE.formatted("Two"))
                .file("../mkdocs.yml", """
                        site_name: Old docs
                        docs_dir: playbook
                        markdown_extensions:
                          - pymdownx.emoji:
                              emoji_index: !!python/name:material.extensions.emoji.twemoji
                        nav:
                          - Home: index.md
                          - b.md
                          - Guide:
                              - Second: guide/two.md
                              - guide/one.md
                          - Missing: nope.md
                          - Blog: https://example.com/blog/
                          - Ay page: a.md
                        """);
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains(dir.resolve("mkdocs.yml") + ":12:14: warning: nav entry \"nope.md\" is not a page of this handbook"
                + " (no file nope.md); fix the path or remove the entry"), result::toString);
        assertEquals(List.of("Bee", "Second", "One", "Ay page"), sidebar(site, "a.html"));
    }

    @Test
    void docusaurusCategoriesAndSidebarPositions() {
        TestPlaybook site = handbook()
                .file("intro.md", "---\nsidebar_position: 1\n---\n# Intro\n")
                .file("faq.md", "---\nsidebar_position: 3\nsidebar_label: Questions\n---\n# Frequently asked questions\n")
                .file("tutorial/_category_.json", "{\"label\": \"Tutorial\", \"position\": 2}")
                .file("tutorial/index.md", "# Tutorial basics\n")
                .file("tutorial/b.md", "---\nsidebar_position: 1\n---\n# Create a page\n")
                .file("tutorial/a.md", "---\nsidebar_position: 2\n---\n# Add a document\n")
                .file("extras/_category_.yml", "label: Extras\nposition: 4\n")
                .file("extras/x.md", "# Extra\n")
                .file("broken/_category_.json", "{\"position\": 5,,}")
                .file("broken/y.md", "# Why\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("unknown field"), result::toString);
        assertTrue(result.err().contains("playbook/broken/_category_.json:1:16: warning: invalid JSON:"), result::toString);
        assertEquals(List.of("Intro", "Tutorial", "Create a page", "Add a document", "Questions", "Extra", "Why"),
                sidebar(site, "intro.html"));
    }

    @Test
    void jekyllNavOrderAndHugoWeightAndLinkTitle() {
        TestPlaybook site = handbook()
                .file("c.md", "---\ntitle: Charlie\nnav_order: 1\n---\n")
                .file("b.md", "---\ntitle: Bravo\nnav_order: 2.5\n---\n")
                .file("a.md", "---\ntitle: Alpha\n---\n")
                .file("docs/_index.md", "---\ntitle: Docs\nweight: -1\nlinkTitle: All docs\n---\n")
                .file("docs/z.md", "---\ntitle: Zulu\nweight: 1\n---\n")
                .file("docs/y.md", "---\ntitle: Yankee\nweight: 2\n---\n")
                .file("misc/m.md", "---\ntitle: Mike\n---\n");
        TestPlaybook.Result result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        // Unpositioned pages at 0; the docs folder at its section page's weight (-1); misc has no position: last.
        assertEquals(List.of("All docs", "Zulu", "Yankee", "Alpha", "Charlie", "Bravo", "Mike"), sidebar(site, "a.html"));
    }

    @Test
    void withoutNavigationFilesTheOrderIsAsBefore() {
        TestPlaybook site = handbook()
                .file("b.md", PAGE.formatted("Bravo"))
                .file("a.md", "---\nweight: 2\n---\n# Alpha\n")
                .file("z/index.md", PAGE.formatted("Zed section"))
                .file("z/k.md", PAGE.formatted("Kilo"))
                .file("m/n.md", PAGE.formatted("November"));
        assertEquals(0, site.build().exitCode());
        assertEquals(List.of("Bravo", "Alpha", "November", "Zed section", "Kilo"), sidebar(site, "a.html"));
    }

    private TestPlaybook handbook() {
        return TestPlaybook.in(dir).file("index.md", PAGE.formatted("Home"));
    }

    /** The entries of the guides group of the sidebar on a page, in order. */
    private static List<String> sidebar(TestPlaybook site, String page) {
        Document html = site.html(page);
        Element group = html.selectFirst("#site-nav .nav-group-guide");
        assertTrue(group != null, () -> html.select("#site-nav").outerHtml());
        return group.select(".nav-entry a").eachText();
    }
}
