package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links written as Markdown file paths become relative page URLs; broken ones are errors at their place. */
class LinkTest {

    @TempDir
    Path dir;

    private TestPlaybook site() {
        return TestPlaybook.in(dir)
                .file("index.md", "# Home\n\nSee [greeting](standards/greeting.md#when) and [stories](stories/).\n")
                .file("standards/greeting.md", "# Greeting\n\n## When\n\nBack [home](../index.md), to [self](#when), "
                        + "[a story](../stories/first.md) and [a picture](../images/desk.png).\n")
                .file("stories/_index.md", "# Stories\n")
                .file("stories/first.md", "# First\n\n[Greeting](../standards/greeting.md)\n")
                .bytes("images/desk.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void markdownFileLinksBecomeRelativePageUrls() {
        TestPlaybook site = site();
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        Document home = site.html("index.html");
        assertEquals(1, home.select("main .content a[href=\"standards/greeting.html#when\"]").size());
        assertEquals(1, home.select("main .content a[href=\"stories/index.html\"]").size());
        Document greeting = site.html("standards/greeting.html");
        assertEquals(1, greeting.select("main .content a[href=\"../index.html\"]").size());
        assertEquals(1, greeting.select("main .content a[href=\"#when\"]:contains(self)").size());
        assertEquals(1, greeting.select("main .content a[href=\"../stories/first.html\"]").size());
        assertEquals(1, greeting.select("main .content a[href=\"../images/desk.png\"]").size());
        assertTrue(site.published("images/desk.png"), "files beside pages are published");
    }

    @Test
    void brokenLinksAndMissingAnchorsAreErrorsAtTheirPosition() {
        TestPlaybook site = site()
                .file("stories/second.md", "# Second\n\nSee [gone](../standards/greting.md) and\n[bad anchor](../standards/greeting.md#whn).\n");
        var result = site.build();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/stories/second.md:3:12: error: broken link: nothing at \"standards/greting.md\" (did you mean \"standards/greeting.md\"?)"), result::toString);
        assertTrue(result.err().contains("playbook/stories/second.md:4:14: error: missing anchor: "), result::toString);
        assertTrue(result.err().contains("(did you mean \"when\"?)"), result::toString);
        assertFalse(site.published("index.html"), "nothing is published");
    }

    @Test
    void linksByIdShowTheTargetsTitleAndSurviveMoves() {
        TestPlaybook site = site().file("stories/first.md", "# First\n\n[[greeting]], [[greeting#when]] and [[greeting|say hello]].\n");
        assertEquals(0, site.build().exitCode());
        Document first = site.html("stories/first.html");
        assertEquals(List.of("Greeting", "Greeting", "say hello"), first.select("main .content a").eachText());
        assertEquals(List.of("../standards/greeting.html", "../standards/greeting.html#when", "../standards/greeting.html"),
                first.select("main .content a").eachAttr("href"));
        site.delete("standards/greeting.md").file("moved/elsewhere.md", "---\nid: greeting\n---\n# Greeting\n\n## When\n")
                .file("index.md", "# Home\n").file("stories/first.md", "# First\n\n[[greeting#when]]\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("../moved/elsewhere.html#when", site.html("stories/first.html").selectFirst("main .content a").attr("href"));
    }

    @Test
    void pagesMayLinkToGeneratedPages() {
        TestPlaybook site = site().file("stories/first.md", "---\ntags: [phone]\n---\n# First\n\n[health](../health.html), [phone](../tags/phone.html)\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("../health.html", "../tags/phone.html"), site.html("stories/first.html").select("main .content a").eachAttr("href"));
        assertTrue(site.published("tags/phone.html"));
    }

    @Test
    void titlesInLinksAreEscaped() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("a.md", "---\ntitle: \"<script>alert(1)</script> & co\"\n---\nText\n")
                .file("b.md", "# B\n\n[[a]]\n");
        assertEquals(0, site.build().exitCode());
        String html = site.output("b.html");
        assertFalse(html.contains("<script>alert(1)"), html);
        assertEquals("<script>alert(1)</script> & co", site.html("b.html").selectFirst("main .content a").text());
    }

    @Test
    void linksThatLeaveThePlaybookAreErrors() {
        TestPlaybook site = TestPlaybook.in(dir).file("a.md", "# A\n\n[out](../../etc/passwd)\n");
        var result = site.build();
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("a.md:3:7: error: link \"../../etc/passwd\" leads outside the playbook"), result::toString);
    }
}
