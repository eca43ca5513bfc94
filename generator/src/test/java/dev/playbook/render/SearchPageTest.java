package dev.playbook.render;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page's header search form leads to search.html, which the build writes and pages may link to. */
class SearchPageTest {

    @TempDir
    Path dir;

    @Test
    void everyPageHasASearchFormThatLeadsToTheSearchPage() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("index.md", "# Home\n\nOr [search](search.html).\n")
                .file("stories/deep/first.md", "# First\n\nText.\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);

        assertEquals(List.of("search.html"), site.html("index.html").select("main .content a").eachAttr("href"));
        for (String page : List.of("index.html", "stories/deep/first.html", "search.html", "health.html")) {
            Document html = site.html(page);
            var form = html.selectFirst("header form.site-search[role=search]");
            assertNotNull(form, page);
            String root = "../".repeat(page.split("/").length - 1);
            assertEquals(root + "search.html", form.attr("action"), page);
            assertEquals("q", form.selectFirst("input[type=search]#site-search-q").attr("name"), page);
            assertNotNull(html.selectFirst("label[for=site-search-q]"), page);
            assertEquals(root + "assets/js/search-box.js", html.selectFirst("script[src$=search-box.js]").attr("src"), page);
        }
    }

    @Test
    void theSearchPageHasItsFormItsScriptsAndANoticeWithoutJavaScript() {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n");
        assertEquals(0, site.build().exitCode());

        Document page = site.html("search.html");
        assertEquals("Search", page.selectFirst("main h1").text());
        assertEquals("q", page.selectFirst("main form.search-page-form input#search-page-q").attr("name"));
        assertFalse(page.select("main noscript").isEmpty());
        List<String> scripts = page.select("head script[src]").eachAttr("src");
        assertTrue(scripts.containsAll(List.of("assets/js/search/engine.js", "search/manifest.js", "assets/js/search/page.js")),
                scripts::toString);
        assertTrue(scripts.indexOf("assets/js/search/files.js") < scripts.indexOf("search/manifest.js"),
                "the manifest comes after the script that receives it: " + scripts);
        assertTrue(site.published("search/manifest.js"));
        assertTrue(site.html("index.html").select("head script[src*=search/]").isEmpty(), "other pages load search on use only");
    }
}
