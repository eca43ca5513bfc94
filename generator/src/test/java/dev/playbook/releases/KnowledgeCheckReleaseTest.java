package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.ReleaseHistory;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a release that raises a limit changes the answers of the knowledge-check questions built
 * on it, and its release notes list those questions (and not the ones whose answers stayed).
 */
class KnowledgeCheckReleaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CREDITS = "---\ntitle: Goodwill credits\ntype: parameter\nlimits:\n  - role: associate\n"
            + "    extra: Goodwill credit\n    up-to: $%s\n    approval: team-lead\n  - role: team-lead\n"
            + "    extra: Goodwill credit\n    up-to: $100\n---\nCredits make up for a bad day. See [[recover]].\n";

    private static final String COURSE = """
            title: First week
            modules:
              - title: Limits
                steps: [credits, recover]
                check:
                  questions:
                    - id: credit
                      situation: A member's parcel came late. How much goodwill credit may you give on your own?
                      answer-from: limit goodwill-credit for associate
                      tests: [recover]
                    - id: apologise
                      situation: What comes first when we got it wrong?
                      tests: [recover]
                      answers:
                        - text: Apologise and fix it.
                          correct: true
                          feedback: The fix comes before any extra.
                          see: recover#how
                        - text: A credit.
                          feedback: A credit never replaces the fix.
                          see: recover
            """;

    @TempDir
    Path dir;

    @Test
    void raisingALimitChangesTheAnswerBuiltOnItAndTheNotesListTheQuestion() throws Exception {
        try (GitPlaybook git = GitPlaybook.init(dir.resolve("repo"), ReleaseHistory.config("2026.1", "2026-01-15"))) {
            git.file("index.md", "# Home\n\nStart with [[credits]] and the [course](courses/first-week.html).\n")
                    .file("standards/recover.md", "---\ntitle: Recover from mistakes\n---\n## How\n\nApologise and fix it."
                            + " See [[credits]].\n")
                    .file("parameters/credits.md", CREDITS.formatted("25"))
                    .file("courses/first-week.yml", COURSE)
                    .commit("Release 2026.1").tag("release/2026.1", true);
            git.file("playbook.yml", ReleaseHistory.config("2026.2", "2026-04-15"))
                    .file("parameters/credits.md", CREDITS.formatted("50"));
            TestPlaybook site = git.playbook();
            TestPlaybook.Result result = site.build("--all-releases");
            assertEquals(0, result.exitCode(), result::toString);
            Path out = site.out();

            JsonNode before = answers(out.resolve("2026.1/courses/first-week-answers.js"));
            JsonNode after = answers(out.resolve("2026.2/courses/first-week-answers.js"));
            assertEquals("Up to $25", right(before));
            assertEquals("Up to $50", right(after));
            assertTrue(after.path("checks").get(0).path("questions").get(0).path("answers").toString()
                    .contains("A Store associate may give goodwill credit of up to $50 on their own"), "the feedback follows");
            assertTrue(Files.readString(out.resolve("2026.2/courses/first-week-check-1.html")).contains(">Up to $50</label>"),
                    "the choices follow");

            JsonNode changes = JSON.readTree(out.resolve("2026.2/changes.json").toFile());
            assertEquals(1, changes.path("questions").size(), changes.toString());
            JsonNode question = changes.path("questions").get(0);
            assertEquals("credit", question.path("id").asText());
            assertEquals("Up to $25", question.path("before").asText());
            assertEquals("Up to $50", question.path("after").asText());
            assertTrue(question.path("fromLimits").asBoolean());

            Document notes = Jsoup.parse(out.resolve("2026.2/release-notes.html").toFile());
            assertEquals("Questions whose answers changed", notes.selectFirst("h2#questions").text());
            assertEquals(1, notes.select(".notes-questions li").size());
            String entry = notes.selectFirst(".notes-questions li").text();
            assertTrue(entry.startsWith("First week, Module 1 check: A member's parcel came late.") && entry.contains("Up to $25")
                    && entry.endsWith("Up to $50"), entry);
            assertEquals("courses/first-week-check-1.html", notes.selectFirst(".notes-questions a").attr("href"));
            assertFalse(notes.text().contains("What comes first"), "a question whose answer stayed is not listed");
            assertTrue(Jsoup.parse(out.resolve("2026.1/release-notes.html").toFile()).select("h2#questions").isEmpty());
        }
    }

    private static JsonNode answers(Path file) throws Exception {
        String script = Files.readString(file);
        return JSON.readTree(script.substring(script.indexOf("] = ") + 4, script.lastIndexOf(';')));
    }

    /** The right answer of the first question. */
    private static String right(JsonNode key) {
        for (JsonNode answer : key.path("checks").get(0).path("questions").get(0).path("answers")) {
            if (answer.path("correct").asBoolean()) {
                return answer.path("text").asText();
            }
        }
        return "";
    }
}
