package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links trainers paste keep working across releases (issue 7): {@code go/<id>} follows a page by
 * id after a rename, declared {@code {#anchor}} ids stay, and a heading whose text (so anchor)
 * changed keeps its old anchor, release after release.
 */
class PermalinksTest {

    static String config(String release) {
        return "title: Test Playbook\nrelease: \"" + release + "\"\nlanguage: en\n";
    }

    static final String BODY = """
            Intro.

            ## How

            Smile and say hello to every customer who comes in.

            ## %s

            When a customer comes within three metres of you, or calls the store, or writes to us in chat.

            ## %s {#escalate}

            Ask your team lead.
            """;

    @TempDir
    Path dir;

    @Test
    void shortLinksAndOldAnchorsSurviveRenamesAcrossReleases() throws Exception {
        TestPlaybook playbook = TestPlaybook.in(dir).file("playbook.yml", config("2026.1"))
                .file("index.md", "# Home\n\nSee [[greet]].\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n" + BODY.formatted("When to greet", "Escalation"));
        build(playbook);
        Path out = playbook.out();
        assertRedirect(out, "go/greet.html", "../2026.1/standards/greet.html");
        assertRedirect(out, "go/greet/index.html", "../../2026.1/standards/greet.html");
        assertNotNull(page(out, "2026.1/standards/greet.html").getElementById("escalate"), "a declared anchor is kept");

        // 2026.2: the page moves (same id), one heading is reworded, the declared one too.
        playbook.file("playbook.yml", config("2026.2")).delete("standards/greet.md")
                .file("standards/welcome.md", "---\nid: greet\ntitle: Welcome customers\n---\n"
                        + BODY.formatted("When to say hello", "Asking for help"));
        build(playbook);
        assertRedirect(out, "go/greet.html", "../2026.2/standards/welcome.html");
        assertRedirect(out, "latest/standards/greet.html", "../../2026.2/standards/welcome.html");
        Document moved = page(out, "2026.2/standards/welcome.html");
        assertNotNull(moved.getElementById("escalate"), "declared anchors do not change with the heading's text");
        assertAlias(moved, "when-to-greet", "when-to-say-hello");
        assertNull(moved.getElementById("how").selectFirst(".anchor-alias"), "unchanged anchors need no alias");
        assertTrue(Files.readString(out.resolve("2026.1/standards/greet.html")).contains("id=\"when-to-greet\""),
                "the earlier release is left as it was");

        // 2026.3: reworded again; both older anchors lead to the section.
        playbook.file("playbook.yml", config("2026.3"))
                .file("standards/welcome.md", "---\nid: greet\ntitle: Welcome customers\n---\n"
                        + BODY.formatted("When to say hi", "Asking for help"));
        build(playbook);
        Document again = page(out, "2026.3/standards/welcome.html");
        assertAlias(again, "when-to-greet", "when-to-say-hi");
        assertAlias(again, "when-to-say-hello", "when-to-say-hi");
        JsonNode snapshot = new ObjectMapper().readTree(new GZIPInputStream(new ByteArrayInputStream(
                Files.readAllBytes(out.resolve("2026.3/release-snapshot.json.gz")))));
        JsonNode greet = null;
        for (JsonNode p : snapshot.get("pages")) {
            if (p.get("id").asText().equals("greet")) {
                greet = p;
            }
        }
        assertNotNull(greet);
        assertEquals("when-to-say-hi", greet.get("anchorAliases").get("when-to-greet").asText());
    }

    @Test
    void aRewrittenSectionIsNotTakenForTheOldOne() throws Exception {
        TestPlaybook playbook = TestPlaybook.in(dir).file("playbook.yml", config("2026.1"))
                .file("index.md", "# Home\n\n## Opening hours\n\nWe open at nine every day of the week.\n\n## Parking\n\nBehind the store.\n");
        build(playbook);
        playbook.file("playbook.yml", config("2026.2"))
                .file("index.md", "# Home\n\n## Returns\n\nBring the receipt and the item within thirty days.\n\n## Parking\n\nBehind the store.\n");
        build(playbook);
        Document home = page(playbook.out(), "2026.2/index.html");
        assertEquals(List.of(), home.select(".anchor-alias").eachAttr("id"), "nothing in common: no alias");
    }

    private static void build(TestPlaybook playbook) {
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
    }

    private static Document page(Path out, String path) throws Exception {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static void assertAlias(Document page, String old, String current) {
        Element alias = page.getElementById(old);
        assertNotNull(alias, "old anchor #" + old + " kept");
        assertTrue(alias.hasClass("anchor-alias"), alias.outerHtml());
        assertEquals(current, alias.parent().id(), "#" + old + " sits in the heading that replaced it");
        assertEquals(current, alias.attr("data-anchor"));
    }

    private static void assertRedirect(Path out, String page, String target) throws Exception {
        Document html = Jsoup.parse(out.resolve(page).toFile());
        assertEquals("0; url=" + target, html.selectFirst("meta[http-equiv=refresh]").attr("content"), page);
        assertEquals(target, html.selectFirst("script[data-to]").attr("data-to"), page);
        assertEquals(target, html.selectFirst("body a").attr("href"), page);
    }
}
