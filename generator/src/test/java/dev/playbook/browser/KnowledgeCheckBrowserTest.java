package dev.playbook.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample course's knowledge checks and course bar in Chromium (issue 16): a check answered by
 * keyboard, feedback in live regions, no answer in the page before answering, score and attempts
 * kept after a reload, from disk and over HTTP; the full course bar only for a reader following
 * the course, a quiet link for anyone else.
 */
@ExtendWith(ChromiumInstalled.class)
class KnowledgeCheckBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    private static final String CHECK = "courses/new-hire-check-3.html";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void aCheckIsAnsweredByKeyboardAndItsScoreAndAttemptsAreKeptAfterAReload(Served served) throws IOException {
        String html = Files.readString(SITE.out().resolve(SampleSite.RELEASE).resolve(CHECK), StandardCharsets.UTF_8);
        JsonNode key = answers();
        JsonNode check = key.path("checks").get(2);
        assertEquals(3, check.path("module").asInt());
        for (JsonNode question : check.path("questions")) {
            for (JsonNode answer : question.path("answers")) {
                assertFalse(html.contains(answer.path("feedback").asText()), "feedback is not in the page: " + answer);
            }
        }
        assertFalse(html.contains("correct") || html.contains("answers.js\"></script>"), "no right answer in the page");

        SITE.browser().open(SITE.url(served, SampleSite.RELEASE + "/" + CHECK));
        SITE.browser().script("localStorage.clear()");
        SITE.browser().reload();
        assertNull(SITE.browser().script("return self.playbookCheckAnswers === undefined ? null : 'loaded'"),
                "the answer key is not loaded before answering");
        List<WebElement> questions = SITE.browser().findAll("fieldset.check-question");
        assertEquals(check.path("questions").size(), questions.size());
        assertEquals(questions.size(), SITE.browser().findAll("fieldset.check-question > legend.check-situation").size());

        // Keyboard only: the first choice of each question, Space to choose, then Enter on the button.
        int expected = 0;
        for (int i = 0; i < questions.size(); i++) {
            WebElement first = questions.get(i).findElement(By.cssSelector("input"));
            first.sendKeys(Keys.SPACE);
            assertTrue(first.isSelected(), "question " + (i + 1) + " answered by keyboard");
            JsonNode answers = check.path("questions").get(i).path("answers");
            boolean right = answers.get(0).path("correct").asBoolean();
            for (int a = 1; a < answers.size(); a++) {
                right &= !answers.get(a).path("correct").asBoolean();
            }
            expected += right ? 1 : 0;
        }
        SITE.browser().find(".check-submit").sendKeys(Keys.ENTER);
        int score = expected;
        WebElement result = SITE.browser().await("the score is announced",
                d -> SITE.browser().find(".check-result").getText().startsWith("You scored") ? SITE.browser().find(".check-result") : null);
        assertEquals("status", result.getAttribute("role"));
        assertTrue(result.getText().startsWith("You scored " + score + " of " + questions.size() + "."), result.getText());
        assertTrue(result.getText().contains("Attempts: 1."), result.getText());
        for (int i = 0; i < questions.size(); i++) {
            WebElement feedback = SITE.browser().find("#feedback-" + (i + 1));
            assertEquals("polite", feedback.getAttribute("aria-live"));
            JsonNode chosen = check.path("questions").get(i).path("answers").get(0);
            assertTrue(feedback.getText().contains(chosen.path("feedback").asText()), "feedback of question " + (i + 1)
                    + ": " + feedback.getText());
            for (JsonNode see : chosen.path("see")) {
                assertFalse(feedback.findElements(By.cssSelector("a.check-see[href$='" + see.path("href").asText()
                        .replaceAll("^.*/", "") + "']")).isEmpty(), "the feedback links to " + see);
            }
        }
        assertEquals(SITE.browser().find(".check-retry"), SITE.browser().focused(), "focus moves to Try again");

        SITE.browser().reload();
        WebElement saved = SITE.browser().await("the saved result shows", d -> SITE.browser().find(".check-saved").isDisplayed()
                ? SITE.browser().find(".check-saved") : null);
        assertTrue(saved.getText().startsWith("Your last score: " + score + " of " + questions.size() + ". Attempts: 1."),
                saved.getText());
        assertTrue(SITE.browser().findAll("input:checked").isEmpty(), "a new attempt starts empty");

        // A second attempt, every question right this time: attempts 2, passed, best score the maximum.
        for (int i = 0; i < questions.size(); i++) {
            JsonNode answers = check.path("questions").get(i).path("answers");
            List<WebElement> inputs = SITE.browser().findAll("#question-" + (i + 1) + " input");
            for (int a = 0; a < answers.size(); a++) {
                if (answers.get(a).path("correct").asBoolean()) {
                    inputs.get(a).sendKeys(Keys.SPACE);
                }
            }
        }
        SITE.browser().find(".check-submit").sendKeys(Keys.ENTER);
        SITE.browser().await("the second score", d -> SITE.browser().find(".check-result").getText().contains("Attempts: 2."));
        assertTrue(SITE.browser().find(".check-result").getText().startsWith("You scored " + questions.size() + " of "
                + questions.size() + ". You passed."), SITE.browser().find(".check-result").getText());
        String stored = SITE.browser().script("return localStorage.getItem('playbook-course-checks:new-hire')");
        assertEquals("{\"3\":{\"score\":" + questions.size() + ",\"best\":" + questions.size() + ",\"max\":" + questions.size()
                + ",\"attempts\":2,\"passed\":true}}", stored);

        SITE.browser().open(SITE.url(served, SampleSite.RELEASE + "/courses/new-hire.html"));
        assertEquals("Best " + questions.size() + " of " + questions.size() + ", 2 attempts, passed",
                SITE.browser().await("the overview shows the result", d -> SITE.browser().find(".course-check-result[data-module='3']")
                        .isDisplayed() ? SITE.browser().find(".course-check-result[data-module='3']") : null).getText());
        Object totals = SITE.browser().script("return JSON.stringify(PlaybookCourseProgress.totals('new-hire'))");
        assertTrue(String.valueOf(totals).contains("\"score\":" + questions.size()) && String.valueOf(totals).contains("\"taken\":1"),
                String.valueOf(totals));
        SITE.browser().script("localStorage.clear()");
    }

    @Test
    void anUnansweredQuestionIsNamedAndFocusedBeforeAnythingIsScored() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/courses/new-hire-check-1.html"));
        SITE.browser().find("#question-1 input").sendKeys(Keys.SPACE);
        SITE.browser().find(".check-submit").sendKeys(Keys.ENTER);
        assertEquals("Answer every question first: question 2 has no answer.", SITE.browser().find(".check-result").getText());
        assertEquals(SITE.browser().find("#question-2 input"), SITE.browser().focused());
        assertNull(SITE.browser().script("return self.playbookCheckAnswers === undefined ? null : 'loaded'"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void theCourseBarShowsStepsToAReaderFollowingTheCourseAndAQuietLinkToAnyoneElse(Served served) {
        String page = SampleSite.RELEASE + "/standards/own-the-problem.html";
        // Opened from search on shift: a fresh tab's session, no step link.
        SITE.browser().open(SITE.url(served, page));
        SITE.browser().script("sessionStorage.clear()");
        SITE.browser().reload();
        WebElement quiet = SITE.browser().await("the quiet course line", d -> SITE.browser().find(".course-bar").isDisplayed()
                ? SITE.browser().find(".course-bar") : null);
        assertEquals("Part of the course Welcome to Larkspur service", quiet.getText());
        assertTrue(quiet.getAttribute("class").contains("is-quiet"));
        assertTrue(SITE.browser().findAll(".course-bar-done, .course-bar-step").isEmpty(), "no steps or tick box");

        // Started from the course overview: the step link marks the reader as following.
        SITE.browser().open(SITE.url(served, SampleSite.RELEASE + "/courses/new-hire.html"));
        SITE.browser().find(".course-start").sendKeys(Keys.ENTER);
        SITE.browser().await("step 1 with its bar", d -> SITE.browser().findAll(".course-bar-step").size() == 1);
        assertTrue(SITE.browser().find(".course-bar-step").getText().startsWith("Step 1 of "));
        // The same page as before, opened without a step link in this tab: the full bar now.
        SITE.browser().open(SITE.url(served, page));
        WebElement bar = SITE.browser().await("the full course bar", d -> SITE.browser().findAll(".course-bar-step").size() == 1
                ? SITE.browser().find(".course-bar") : null);
        assertTrue(bar.getText().contains("Mark this step done"), bar.getText());
        assertFalse(bar.getAttribute("class").contains("is-quiet"));
        SITE.browser().script("sessionStorage.clear()");
    }

    @Test
    void theLastStepOfAModuleLeadsToItsCheck() {
        SITE.browser().open(SITE.server().url(SampleSite.RELEASE + "/courses/new-hire.html"));
        String href = SITE.browser().findAll(".course-module").get(0).findElements(By.cssSelector(".course-step-title"))
                .stream().reduce((a, b) -> b).orElseThrow().getAttribute("href");
        SITE.browser().open(href);
        WebElement check = SITE.browser().await("the check link", d -> SITE.browser().findAll(".course-bar-check").size() == 1
                ? SITE.browser().find(".course-bar-check") : null);
        assertEquals("Knowledge check Module 1 check, 2 questions", check.getText().replace('\n', ' '));
        check.sendKeys(Keys.ENTER);
        SITE.browser().await("the check opens", d -> d.getCurrentUrl().endsWith("courses/new-hire-check-1.html"));
        assertEquals("Module 1 check: Why we go the extra mile", SITE.browser().find("h1").getText());
        SITE.browser().script("sessionStorage.clear()");
    }

    private static JsonNode answers() throws IOException {
        String script = Files.readString(SITE.out().resolve(SampleSite.RELEASE).resolve("courses/new-hire-answers.js"),
                StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(script.substring(script.indexOf("] = ") + 4, script.lastIndexOf(';')));
    }
}
