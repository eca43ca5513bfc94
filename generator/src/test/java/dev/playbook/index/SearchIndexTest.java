package dev.playbook.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lucene index built with the site, and {@code playbook search} over it. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private TestPlaybook site() {
        return TestPlaybook.in(dir)
                .file("index.md", "# Home\n\nWelcome.\n")
                .file("parameters/credits.md", "---\ntitle: Goodwill credits\ntype: parameter\ntags: [money]\n---\n"
                        + "Credits are a goodwill gesture.\n\n## Above your limit\n\nAsk your team lead to approve the refund.\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile and say hello.\n");
    }

    @Test
    void searchFindsSectionsAndDeepLinksToThem() throws Exception {
        TestPlaybook site = site();
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.isRegularFile(site.site().resolve("search/index.properties")));
        var result = TestPlaybook.run("search", "--out", site.out().toString(), "--json", "approving refunds");
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("[\"approv\",\"refund\"]", json.get("terms").toString(), "the query is analysed like the index");
        JsonNode first = json.get("hits").get(0);
        assertEquals("Goodwill credits", first.get("title").asText());
        assertEquals("parameters/credits.html#above-your-limit", first.get("url").asText());
        assertEquals("Above your limit", first.get("section").asText());
        assertTrue(first.get("score").asDouble() > 0);

        var text = TestPlaybook.run("search", "--out", site.out().toString(), "greet");
        assertTrue(text.out().startsWith(" 1. Greet customers"), text::toString);
    }

    @Test
    void titlesWeighMoreThanBodies() throws Exception {
        TestPlaybook site = site().file("guides/other.md", "# Other\n\nA word about goodwill credits in passing.\n");
        assertEquals(0, site.build().exitCode());
        JsonNode hits = new ObjectMapper().readTree(TestPlaybook.run("search", "--out", site.out().toString(), "--json",
                "credits").out()).get("hits");
        assertEquals("Goodwill credits", hits.get(0).get("title").asText());
    }

    @Test
    void stopWordsMarkupAndQuotesAreHarmless() {
        TestPlaybook site = site();
        assertEquals(0, site.build().exitCode());
        for (String query : new String[] {"the and of", "<script>alert(1)</script>", "\"quoted\" 'single'", "%%%"}) {
            var result = TestPlaybook.run("search", "--out", site.out().toString(), query);
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("", result.err());
        }
        assertTrue(TestPlaybook.run("search", "--out", site.out().toString(), "the and of").out().startsWith("No results"));
    }

    @Test
    void unchangedContentKeepsTheIndexByteForByteAndChangesRebuildIt() {
        TestPlaybook site = site();
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> first = TestPlaybook.snapshot(site.site().resolve("search"));
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> again = TestPlaybook.snapshot(site.site().resolve("search"));
        assertEquals(first.keySet(), again.keySet());
        first.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, again.get(path)), path));

        site.file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nWave and welcome them.\n");
        assertEquals(0, site.build().exitCode());
        assertNotEquals(new String(first.get("index.properties")),
                new String(TestPlaybook.snapshot(site.site().resolve("search")).get("index.properties")));
        var result = TestPlaybook.run("search", "--out", site.out().toString(), "wave");
        assertTrue(result.out().contains("Greet customers"), result::toString);
    }

    @Test
    void aMissingIndexIsAUsageError() {
        assertEquals(2, TestPlaybook.run("search", "--out", dir.resolve("nowhere").toString(), "x").exitCode());
    }

    @Test
    void largeIndexesAreBuiltInPartsAndSearchedAsOne() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n");
        for (int page = 0; page < 260; page++) {
            StringBuilder body = new StringBuilder("# Page " + page + "\n\nIntro of page " + page + ".\n");
            for (int section = 0; section < 16; section++) {
                body.append("\n## Part ").append(section).append("\n\nCustomers and refunds, part ").append(section).append(".\n");
            }
            if (page == 0) {
                body.append("\nThe word zephyrfirst appears only here.\n");
            }
            if (page == 259) {
                body.append("\nThe word quasarlast appears only here.\n");
            }
            site.file(String.format("pages/p%03d.md", page), body.toString());
        }
        assertEquals(0, site.build().exitCode());
        String info = Files.readString(site.site().resolve("search/index.properties"));
        assertTrue(info.contains("documents=4420"), info);
        for (String[] expected : new String[][] {{"zephyrfirst", "Page 0"}, {"quasarlast", "Page 259"}}) {
            JsonNode hits = new ObjectMapper().readTree(TestPlaybook.run("search", "--out", site.out().toString(), "--json",
                    expected[0]).out()).get("hits");
            assertEquals(1, hits.size(), expected[0]);
            assertEquals(expected[1], hits.get(0).get("title").asText());
        }
        Map<String, byte[]> first = TestPlaybook.snapshot(site.site().resolve("search"));
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> again = TestPlaybook.snapshot(site.site().resolve("search"));
        first.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, again.get(path)), path));
    }

    @Test
    void spanishPlaybooksAreSearchedInSpanish() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: es"))
                .file("index.md", "# Inicio\n\nLas devoluciones sin recibo.\n");
        assertEquals(0, site.build().exitCode());
        JsonNode json = new ObjectMapper().readTree(TestPlaybook.run("search", "--out", site.out().toString(), "--json",
                "devolución").out());
        assertEquals("Inicio", json.get("hits").get(0).get("title").asText(), json.toString());
    }
}
