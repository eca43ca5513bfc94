package dev.playbook.history;

import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Last updated" and the links to the git host (issue 17): dates from the last commit that touched
 * each file, in real repositories; edit and new-story links from playbook.yml; bad patterns as
 * positioned errors.
 */
class PageHistoryTest {

    private static final String CONFIG = "title: History\nrelease: \"1.0\"\n"
            + "edit-url: https://git.example.org/team/playbook/edit/main/playbook/{path}\n"
            + "new-story-url: https://git.example.org/team/playbook/issues/new?template=story.md\n";

    @TempDir
    Path dir;

    private static Instant day(String date) {
        return Instant.parse(date + "T09:30:00Z");
    }

    private static Optional<String> updated(Document page) {
        var time = page.selectFirst(".page-updated time");
        return Optional.ofNullable(time).map(t -> t.text() + " " + t.attr("datetime"));
    }

    @Test
    void lastUpdatedIsTheLastCommitThatTouchedTheFile() throws Exception {
        try (GitPlaybook git = GitPlaybook.init(dir, CONFIG)) {
            git.file("index.md", "# Home\n\nSee [greet](standards/greet.md) and [refunds](standards/refunds.md).\n")
                    .file("standards/greet.md", "# Greet\n\nSay hello.\n")
                    .file("standards/refunds.md", "# Refunds\n\nGive them back.\n")
                    .commit("first", day("2026-01-10"));
            git.file("standards/refunds.md", "# Refunds\n\nGive them back, quickly.\n").commit("second", day("2026-02-20"));
            git.file("index.md", "# Home\n\nSee [greet](standards/greet.md) and [refunds](standards/refunds.md).\n\nWelcome.\n")
                    .commit("third", day("2026-03-05"));
            // Not committed: edited after the last commit, and a new file git does not know.
            git.file("standards/greet.md", "# Greet\n\nSay hello, and smile.\n")
                    .file("standards/new.md", "# New\n\nNot yet committed. Back [home](../index.md).\n");
            Files.setLastModifiedTime(git.playbook().source().resolve("standards/refunds.md"), FileTime.from(day("2030-01-01")));
            TestPlaybook playbook = git.playbook();
            var result = playbook.build("-q");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(Optional.of("2026-01-10 2026-01-10T09:30:00Z"), updated(playbook.html("standards/greet.html")));
            assertEquals(Optional.of("2026-02-20 2026-02-20T09:30:00Z"), updated(playbook.html("standards/refunds.html")),
                    "from git, never from the file's time");
            assertEquals(Optional.of("2026-03-05 2026-03-05T09:30:00Z"), updated(playbook.html("index.html")));
            assertEquals(Optional.empty(), updated(playbook.html("standards/new.html")), "not in git: no date");

            byte[] first = Files.readAllBytes(playbook.site().resolve("standards/refunds.html"));
            Files.setLastModifiedTime(playbook.source().resolve("standards/refunds.md"), FileTime.from(day("2031-01-01")));
            assertEquals(0, playbook.build("-q").exitCode());
            assertArrayEquals(first, Files.readAllBytes(playbook.site().resolve("standards/refunds.html")));
        }
    }

    @Test
    void aMergeDatesAFileByTheCommitThatChangedItOnItsBranch() throws Exception {
        try (GitPlaybook git = GitPlaybook.init(dir, CONFIG)) {
            git.file("index.md", "# Home\n\n[A](a.md), [B](b.md)\n").file("a.md", "# A\n").file("b.md", "# B\n")
                    .commit("first", day("2026-01-01"));
            var jgit = git.git();
            jgit.branchCreate().setName("side").call();
            git.file("a.md", "# A\n\nOn main.\n").commit("main edits a", day("2026-01-05"));
            jgit.checkout().setName("side").call();
            git.file("b.md", "# B\n\nOn the side.\n").commit("side edits b", day("2026-01-03"));
            jgit.checkout().setName("main").call();
            PersonIdent merger = new PersonIdent("Editor", "editor@example.org", day("2026-01-09"), ZoneOffset.UTC);
            var merged = jgit.merge().include(jgit.getRepository().resolve("side")).setCommit(false)
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
            assertTrue(merged.getMergeStatus().isSuccessful(), merged.toString());
            jgit.commit().setMessage("merge side").setAuthor(merger).setCommitter(merger).setSign(false).call();
            TestPlaybook playbook = git.playbook();
            assertEquals(0, playbook.build("-q").exitCode());
            assertEquals(Optional.of("2026-01-03 2026-01-03T09:30:00Z"), updated(playbook.html("b.html")));
            assertEquals(Optional.of("2026-01-05 2026-01-05T09:30:00Z"), updated(playbook.html("a.html")));
            assertEquals(Optional.of("2026-01-01 2026-01-01T09:30:00Z"), updated(playbook.html("index.html")));
        }
    }

    @Test
    void outsideGitNoPageHasADate() {
        TestPlaybook playbook = new TestPlaybook(dir).file("playbook.yml", CONFIG).file("index.md", "# Home\n");
        assertEquals(0, playbook.build("-q").exitCode());
        assertEquals(Optional.empty(), updated(playbook.html("index.html")));
    }

    @Test
    void editLinksLeadToEachPagesSourceAndStoriesInviteNewOnes() {
        TestPlaybook playbook = new TestPlaybook(dir).file("playbook.yml", CONFIG)
                .file("index.md", "# Home\n\n[Greet](standards/greet.md), [Stories](stories/index.md)\n")
                .file("standards/greet.md", "# Greet\n\nSay hello. A [story](../stories/first visit.md).\n")
                .file("stories/index.md", "# Stories\n\n[First](first%20visit.md)\n")
                .file("stories/first visit.md", "---\ntitle: First visit\ntype: story\nillustrates: [greet]\n---\nIt went well.\n");
        var result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        String edit = "https://git.example.org/team/playbook/edit/main/playbook/";
        String story = "https://git.example.org/team/playbook/issues/new?template=story.md";
        Document greet = playbook.html("standards/greet.html");
        assertEquals(edit + "standards/greet.md", greet.selectFirst("a.page-edit").attr("href"));
        assertTrue(greet.select("a.page-new-story").isEmpty(), "a standard does not invite stories");
        Document visit = playbook.html("stories/first visit.html");
        assertEquals(edit + "stories/first%20visit.md", visit.selectFirst("a.page-edit").attr("href"));
        assertEquals(story, visit.selectFirst("a.page-new-story").attr("href"));
        assertEquals(story, playbook.html("stories/index.html").selectFirst("a.page-new-story").attr("href"));
        assertEquals(story, playbook.html("types/story.html").selectFirst("a.page-new-story").attr("href"));
        assertTrue(playbook.html("types/story.html").select("a.page-edit").isEmpty(), "a generated page has no source");
        assertEquals(edit + "index.md", playbook.html("index.html").selectFirst("a.page-edit").attr("href"));
    }

    @Test
    void badPatternsArePositionedErrors() {
        TestPlaybook playbook = new TestPlaybook(dir).file("playbook.yml", "title: History\n"
                + "edit-url: https://git.example.org/edit/main/\n"
                + "new-story-url: git@example.org:team/playbook.git\n").file("index.md", "# Home\n");
        var result = playbook.build();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/playbook.yml:2:11: error: edit-url \"https://git.example.org/edit/main/\""
                + " has no {path}; write {path} where the page's source path (relative to the playbook folder) goes"), result::err);
        assertTrue(result.err().contains("playbook/playbook.yml:3:16: error: new-story-url \"git@example.org:team/playbook.git\""
                + " must be an address on your git host, starting with https:// or http://"), result::err);

        playbook.file("playbook.yml", "title: History\nedit-url: ftp://git.example.org/{path}\n");
        assertTrue(playbook.build().err().contains("playbook/playbook.yml:2:11: error: edit-url \"ftp://git.example.org/{path}\""
                + " must be an address on your git host"));
        playbook.file("playbook.yml", "title: History\nedit-url: https://git.example.org/{branch}/{path}\n");
        assertTrue(playbook.build().err().contains("playbook/playbook.yml:2:11: error: edit-url"
                + " \"https://git.example.org/{branch}/{path}\" has the placeholder {branch}; the only placeholder is {path}"));
    }
}
