package dev.playbook.check;

import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Knowledge checks in course files (issue 16): how they are read, validated with positions, and
 * decided by the limits in force; the check page holds no answer, the answer key does.
 */
class KnowledgeCheckTest {

    static final String GOOD = """
                check:
                  pass-mark: 50%
                  questions:
                    - id: credit
                      situation: A member's order came late. How much goodwill credit may you give on your own?
                      answer-from: limit goodwill-credit for associate
                      tests: [recover]
                    - id: greet-first
                      situation: A customer walks in while you serve another. What comes first?
                      tests: [greet]
                      answers:
                        - text: Greet them with a nod and a time.
                          correct: true
                          feedback: Always greet, even when busy.
                          see: greet#how
                        - text: Wait until you are free.
                          feedback: They do not know you have seen them.
                          see: [greet, parcel]
            """;

    static final String BAD = """
                check:
                  pass-mark: 150%
                  questions:
                    - id: credit
                      situation: How much may you credit?
                      answer-from: limit goodwill-credt for associate
                      tests: [recover]
                    - id: written
                      situation: How much may you credit, as written?
                      answer-from: limit goodwill-credit for associate
                      tests: [recover]
                      answers:
                        - text: $20
                          correct: true
                          feedback: Twenty.
                        - text: $50
                          feedback: Fifty.
                    - id: no-tests
                      situation: A customer walks in.
                      answers:
                        - text: Greet them.
                          correct: true
                          feedback: Always greet.
                          see: greet#hwo
                        - text: Smile.
                          correct: true
                        - text: Wait.
                          feedback: Never.
                          see: credits
                          sea: greet
                    - id: several
                      situation: All that apply?
                      choose: several
                      tests: [credits]
                      answers:
                        - text: One thing.
                          feedback: a
                        - text: Another.
                          feedback: b
            """;

    @TempDir
    Path dir;

    @Test
    void aCheckWithAnAnswerFromTheLimitsBuildsAPageWithoutAnswersAndAnAnswerKey() {
        TestPlaybook playbook = CoursePlaybook.create(dir).file("courses/first-week.yml", CoursePlaybook.COURSE + GOOD);
        TestPlaybook.Result check = playbook.check();
        assertEquals(0, check.exitCode(), check::toString);
        assertFalse(check.all().contains("courses/"), check::toString);
        assertEquals(0, playbook.build().exitCode());

        String page = playbook.output("courses/first-week-check-3.html");
        assertTrue(page.contains("<legend class=\"check-situation\">"), "each question is a fieldset with its situation as legend");
        assertTrue(page.contains(">Up to $25</label>") && page.contains(">Nothing until a Team lead approves</label>"),
                "the limits wrote the choices: " + page);
        for (String secret : new String[] {"correct", "Always greet, even when busy", "They do not know you have seen them",
                "may give goodwill credit"}) {
            assertFalse(page.contains(secret), "\"" + secret + "\" is not in the page before answering");
        }
        String key = playbook.output("courses/first-week-answers.js");
        assertTrue(key.startsWith("(self.playbookCheckAnswers = self.playbookCheckAnswers || {})[\"first-week\"] = {"), key);
        assertTrue(key.contains("{\"text\":\"Up to $25\",\"correct\":true,\"feedback\":\"A Store associate may give goodwill credit"
                + " of up to $25 on their own; above it, a Team lead approves.\",\"see\":[{\"title\":\"Goodwill credits\","
                + "\"href\":\"parameters/credits.html\"}]}"), key);
        assertTrue(key.contains("\"see\":[{\"title\":\"Greet customers\",\"href\":\"standards/greet.html\"},{\"title\":\"The parcel\","
                + "\"href\":\"stories/parcel.html\"}]"), key);
        assertTrue(playbook.output("courses/first-week.js").contains(
                "\"checks\":[{\"module\":3,\"href\":\"courses/first-week-check-3.html\",\"max\":2,\"passScore\":1}]"));
        assertTrue(playbook.output("courses/first-week.html").contains("href=\"first-week-check-3.html\">Module 3 check</a>"));

        // Byte-identical when built again from a clean output.
        java.util.Map<String, byte[]> first = playbook.snapshot();
        TestPlaybook again = TestPlaybook.in(dir.resolve("again"));
        CoursePlaybook.create(dir.resolve("again")).file("courses/first-week.yml", CoursePlaybook.COURSE + GOOD);
        assertEquals(0, again.build().exitCode());
        java.util.Map<String, byte[]> second = again.snapshot();
        for (String path : new String[] {"2026.1/courses/first-week-answers.js", "2026.1/courses/first-week-check-3.html",
                "2026.1/courses/first-week.js"}) {
            assertTrue(first.containsKey(path), path + " in " + first.keySet());
            assertTrue(java.util.Arrays.equals(first.get(path), second.get(path)), path + " is the same in both builds");
        }
    }

    @Test
    void everyMistakeInAQuestionIsAPositionedProblem() {
        String course = CoursePlaybook.COURSE + BAD;
        TestPlaybook.Result result = CoursePlaybook.create(dir).file("courses/first-week.yml", course).check();
        assertEquals(1, result.exitCode(), result::toString);
        String file = dir.resolve("playbook").toString() + "/courses/first-week.yml";
        String err = result.err();
        assertProblem(err, file, course, "150%", "error: \"pass-mark\" must be a percentage of the questions");
        assertProblem(err, file, course, "limit goodwill-credt", "error: no limit in force on 2026-03-01 has id \"goodwill-credt\"");
        assertProblem(err, file, course, "$20|true",
                "error: this answer is marked correct: true, but the limit in force says otherwise: a Store associate may give"
                        + " goodwill credit of up to $25 on their own");
        assertProblem(err, file, course, "id: written|answers:",
                "error: no answer gives the limit in force, a Store associate may give goodwill credit of up to $25");
        assertProblem(err, file, course, "id: no-tests", "error: question \"no-tests\" tests no standard");
        assertProblem(err, file, course, "greet#hwo", "error: the feedback of question \"no-tests\" (see:) points to a missing"
                + " anchor: ");
        assertProblem(err, file, course, "id: no-tests|answers:",
                "error: question \"no-tests\" has one right answer (choose: one) but 2 answers are marked \"correct: true\"");
        assertProblem(err, file, course, "text: Smile.", "error: this answer needs \"feedback:\"");
        assertProblem(err, file, course, "sea: greet", "warning: unknown answer field \"sea\" (did you mean \"see\"?)");
        assertProblem(err, file, course, "credits]", "error: \"tests\" names standards;");
        assertProblem(err, file, course, "id: several|answers:",
                "error: question \"several\" asks for all that apply (choose: several) but no answer is marked \"correct: true\"");
    }

    /** Hostile shapes are positioned problems in the course file, never a crash. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "    check: all of it\n",
        "    check:\n      questions: {a: 1}\n",
        "    check:\n      questions: [7, [], {}]\n",
        "    check:\n      pass-mark: [1]\n      questions:\n        - situation: [x]\n",
        "    check:\n      questions:\n        - situation: Why?\n          tests: {a: b}\n          answers: plenty\n",
        "    check:\n      questions:\n        - situation: Why?\n          tests: [greet#]\n          choose: many\n"
            + "          answers: [{text: A, correct: yes please, see: {x: y}}, 5, {correct: true}]\n",
        "    check:\n      pass-mark: 0%\n      questions:\n        - id: Not An Id\n          situation: Why?\n"
            + "          answer-from: limit for\n          tests: [greet]\n        - id: not-an-id\n          situation: Again?\n"
            + "          answer-from: limit goodwill-credit for nobody\n          tests: [greet]\n",
    })
    void aMalformedCheckIsAPositionedProblem(String check) {
        String course = CoursePlaybook.COURSE + check;
        TestPlaybook.Result result = CoursePlaybook.create(dir).file("courses/first-week.yml", course).check();
        assertEquals(1, result.exitCode(), result::toString);
        String file = dir.resolve("playbook").toString() + "/courses/first-week.yml:";
        assertTrue(result.err().lines().anyMatch(l -> l.startsWith(file) && l.contains(": error: ")), result::toString);
        assertFalse(result.all().contains("Exception") || result.all().contains("internal error"), result::toString);
    }

    @Test
    void aWrittenAnswerThatAgreesWithTheLimitNeedsNoCorrectFlag() {
        String course = CoursePlaybook.COURSE + GOOD.replace("""
                          answer-from: limit goodwill-credit for associate
                """, """
                          answer-from: limit goodwill-credit for associate
                          answers:
                            - text: 25 USD
                            - text: 50 USD
                """);
        TestPlaybook playbook = CoursePlaybook.create(dir).file("courses/first-week.yml", course);
        assertEquals(0, playbook.build().exitCode());
        String key = playbook.output("courses/first-week-answers.js");
        assertTrue(key.contains("{\"text\":\"25 USD\",\"correct\":true,") && key.contains("{\"text\":\"50 USD\",\"correct\":false,"), key);
    }

    @Test
    void theSampleCourseAsksADozenQuestionsOrMoreAndTakesFourOrMoreAnswersFromTheLimits() throws Exception {
        Path sample = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize().resolve("playbook");
        String course = java.nio.file.Files.readString(sample.resolve("courses/new-hire.yml"));
        int questions = course.split("\n\\s+situation: ", -1).length - 1;
        int fromLimits = course.split("\n\\s+answer-from: limit ", -1).length - 1;
        assertTrue(questions >= 12, questions + " questions");
        assertTrue(fromLimits >= 4, fromLimits + " from the limits");
        for (String limit : new String[] {"goodwill-credit", "free-upgrade", "extra-time"}) {
            assertTrue(course.contains("answer-from: limit " + limit), "a question on " + limit);
        }
        // On the release date the associate's goodwill limit is 25 USD; from 2027-01-01 it is 35 USD.
        Path out = dir.resolve("out");
        TestPlaybook.Result built = TestPlaybook.run("build", "--source", sample.toString(), "--out", out.toString(), "-q");
        assertEquals(0, built.exitCode(), built::toString);
        Path later = dir.resolve("later");
        TestPlaybook.Result next = TestPlaybook.run("build", "--source", sample.toString(), "--out", later.toString(), "-q",
                "--date", "2027-01-02");
        assertEquals(0, next.exitCode(), next::toString);
        String now = java.nio.file.Files.readString(out.resolve("2026.2/courses/new-hire-answers.js"));
        String then = java.nio.file.Files.readString(later.resolve("2026.2/courses/new-hire-answers.js"));
        assertTrue(now.contains("{\"text\":\"Up to 25 USD\",\"correct\":true,\"feedback\":\"A Store associate"), now);
        assertTrue(then.contains("{\"text\":\"Up to 35 USD\",\"correct\":true,\"feedback\":\"A Store associate"), then);
    }

    /**
     * The problem is reported at the line and column where {@code needle} starts in the course file;
     * {@code after|needle} is the first needle after the other text.
     */
    private static void assertProblem(String err, String file, String course, String needle, String message) {
        int bar = needle.indexOf('|');
        int at = bar < 0 ? course.indexOf(needle) : course.indexOf(needle.substring(bar + 1), course.indexOf(needle.substring(0, bar)));
        assertTrue(at >= 0 && (bar < 0 || course.contains(needle.substring(0, bar))), needle);
        int line = 1 + (int) course.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - course.lastIndexOf('\n', at - 1);
        String expected = file + ":" + line + ":" + column + ": " + message;
        assertTrue(err.contains(expected), "expected " + expected + "\nin\n" + err);
    }
}
