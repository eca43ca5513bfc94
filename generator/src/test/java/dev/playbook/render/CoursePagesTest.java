package dev.playbook.render;

import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course's overview, handout, data file and course bar data, from a small playbook with one course. */
class CoursePagesTest {

    @TempDir
    static Path dir;
    static TestPlaybook playbook;

    @BeforeAll
    static void build() {
        playbook = CoursePlaybook.create(dir);
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void theOverviewListsModulesAndStepsInOrderWithTheirLinks() {
        Document overview = playbook.html("courses/first-week.html");
        assertEquals("First week", overview.selectFirst("h1").text());
        assertEquals(List.of("Module 1: Why", "Module 2: How", "Module 3: Limits"), overview.select(".course-module-title").eachText());
        assertEquals(List.of("Our vision", "Greet customers", "How to recover", "Authority matrix", "The parcel"),
                overview.select(".course-step-title").eachText());
        assertEquals(List.of("../vision.html?course=first-week&step=1", "../standards/greet.html?course=first-week&step=2",
                        "../standards/recover.html?course=first-week&step=3#how", "../authority.html?course=first-week&step=4",
                        "../stories/parcel.html?course=first-week&step=5"),
                overview.select(".course-step-title").eachAttr("href"));
        assertTrue(overview.selectFirst(".course-facts").text().contains("Store associate"), "audience by role title");
        assertTrue(overview.selectFirst(".course-facts").text().contains("2 hours"));
        assertTrue(overview.selectFirst(".course-facts").text().contains("5 steps in 3 modules"));
        assertEquals("Ask for a story of their own.", overview.selectFirst(".trainer-notes p").text());
        assertEquals(List.of("What does the extra mile mean here?", "What comes first?"),
                overview.select(".course-questions li").eachText());
        assertEquals(List.of("vision", "greet", "recover#how", "authority", "parcel"),
                overview.select("input.step-done").eachAttr("data-step-key"));
        assertEquals("../vision.html?course=first-week&step=1", overview.selectFirst(".course-start").attr("href"));
        assertEquals("first-week-print.html", overview.selectFirst(".course-handout-link").attr("href"));
    }

    @Test
    void theHandoutHoldsEveryStepInOrderWithItsContent() {
        Document handout = playbook.html("courses/first-week-print.html");
        assertEquals(List.of("Step 1: Our vision", "Step 2: Greet customers", "Step 3: How to recover",
                "Step 4: Authority matrix", "Step 5: The parcel"), handout.select(".handout-step-title").eachText());
        Element recover = handout.getElementById("step-3").parent();
        String text = recover.selectFirst(".handout-content").text();
        assertTrue(text.contains("Apologise") && text.contains("Fix them at once"), "the section and its subsections: " + text);
        assertFalse(text.contains("Intro text") || text.contains("When we got it wrong"), "only the section: " + text);
        assertEquals(List.of("h4", "h5"), recover.select(".handout-content h4, .handout-content h5").stream()
                .map(Element::tagName).toList(), "headings two levels below the step's");
        assertNotNull(handout.getElementById("step-4").parent().selectFirst("table.matrix-table"), "the matrix step shows the matrix");
        Set<String> ids = new HashSet<>();
        handout.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "id repeated on the handout: " + e.id()));
        assertEquals("Ask for a story of their own.", handout.selectFirst(".handout-notes p:last-child").text());
        assertNotNull(handout.getElementById("handout-notes"), "the notes toggle");
    }

    @Test
    void linksInTheHandoutLeadWhereTheyLedOnThePage() {
        Document handout = playbook.html("courses/first-week-print.html");
        Element link = handout.getElementById("step-3").parent().selectFirst(".handout-content a[href*=greet]");
        assertNotNull(link);
        assertEquals("../standards/greet.html#when", link.attr("href"));
    }

    @Test
    void theCourseDataListsEveryStepForTheCourseBar() {
        String script = playbook.output("courses/first-week.js");
        assertTrue(script.startsWith("(self.playbookCourses = self.playbookCourses || {})[\"first-week\"] = {"), script);
        assertTrue(script.contains("\"href\":\"standards/recover.html?course=first-week&step=3#how\""), script);
        assertTrue(script.contains("\"key\":\"recover#how\""), script);
        Document greet = playbook.html("standards/greet.html");
        Element bar = greet.selectFirst("nav.course-bar");
        assertNotNull(bar, "a page reached from a course has the course bar's place");
        assertEquals("first-week:2", bar.attr("data-steps"));
        assertEquals("../", bar.attr("data-root"));
        assertNotNull(playbook.html("authority.html").selectFirst("nav.course-bar[data-steps=first-week:4]"));
        assertEquals(null, playbook.html("parameters/credits.html").selectFirst("nav.course-bar"), "not in the course");
    }

    @Test
    void theCoursesAreListedAndLinkedFromTheSidebar() {
        Document index = playbook.html("courses/index.html");
        assertEquals(List.of("First week"), index.select(".item-title").eachText());
        assertTrue(playbook.html("index.html").select("#site-nav a").eachAttr("href").contains("courses/index.html"));
    }

    @Test
    void readingTimeComesFromTheWordsOfEachStep() {
        Document overview = playbook.html("courses/first-week.html");
        overview.select(".course-step-time").eachText().forEach(time -> assertEquals("1 min", time));
    }
}
