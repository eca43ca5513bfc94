package dev.playbook.browser;

import dev.playbook.scorm.ScormVersion;
import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course's SCORM packages in a real SCORM runtime (issue 16): scorm-again, as a learning system
 * hosts it, in a page that frames the package, served over HTTP. The learner walks the course in
 * Chromium, leaves, comes back and resumes where they stopped; the test asserts on the values the
 * runtime holds and the calls it recorded. Opened from disk, the package is a plain course.
 */
@ExtendWith(ChromiumInstalled.class)
class ScormRuntimeBrowserTest {

    @TempDir
    static Path dir;
    static TestPlaybook playbook;
    static Browser browser;

    /** The course's last module ends with a check of two questions, both to be right to pass. */
    static final String CHECK = """
                check:
                  pass-mark: 2
                  questions:
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
                          see: greet
                    - id: mistake
                      situation: We got an order wrong. What do you do first?
                      tests: [recover]
                      answers:
                        - text: Explain whose fault it was.
                          feedback: Nobody wants to hear it.
                          see: recover#how
                        - text: Apologise, then fix it.
                          correct: true
                          feedback: First the apology.
                          see: recover#how
            """;

    @BeforeAll
    static void build() {
        playbook = CoursePlaybook.create(dir.resolve("playbook")).file("courses/first-week.yml", CoursePlaybook.COURSE + CHECK);
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScormVersion.class)
    void theRuntimeRecordsStatusScoreLocationAndTimeAndTheLearnerResumesWhereTheyStopped(ScormVersion version)
            throws IOException {
        boolean v2004 = version == ScormVersion.SCORM_2004;
        Path lms = host(version);
        String status = v2004 ? "cmi.completion_status" : "cmi.core.lesson_status";
        String location = v2004 ? "cmi.location" : "cmi.core.lesson_location";
        String raw = v2004 ? "cmi.score.raw" : "cmi.core.score.raw";
        try (StaticServer server = StaticServer.serve(lms)) {
            // A fresh learner: the origin's storage cleared from a page of it that is no LMS.
            browser.open(server.url("blank.html"));
            browser.script("window.sessionStorage.clear(); window.localStorage.clear();");
            browser.clearConsole();
            browser.open(server.url("lms.html?scorm=" + version.runtime()));
            inPlayer(() -> browser.await("the player starts at the first step", d -> status().startsWith("1 of 6")));
            assertEquals("incomplete", value(status));
            assertEquals("1", value(location));
            assertEquals("", value(raw), "no score before a check is taken");
            assertTrue(calls().contains(List.of(v2004 ? "Initialize" : "LMSInitialize")), calls().toString());

            // Two steps on, with the keyboard.
            inPlayer(() -> {
                next();
                browser.await("step 2", d -> status().startsWith("2 of 6"));
                next();
                browser.await("step 3", d -> status().startsWith("3 of 6"));
                browser.await("the frame shows the section of step 3", d -> frameUrl().endsWith("standards/recover.html#how"));
                return null;
            });
            assertEquals("3", value(location));
            assertTrue(value("cmi.suspend_data").contains("\"seen\":\"111000\""), value("cmi.suspend_data"));
            assertEquals("3", committed(location), "the location was committed");

            // Leaving ends the session: session time in the edition's format, committed, then finish.
            browser.open(server.url("lms.html?scorm=" + version.runtime()));
            List<List<String>> calls = calls();
            List<String> times = calls.stream().filter(c -> c.size() == 3 && c.get(1).endsWith("session_time")).map(c -> c.get(2)).toList();
            assertEquals(1, times.size(), calls.toString());
            assertTrue(times.get(0).matches(v2004 ? "PT\\d+H\\d+M\\d+(\\.\\d{1,2})?S" : "\\d{4}:\\d{2}:\\d{2}\\.\\d{2}"), times.get(0));
            int finish = calls.indexOf(List.of(v2004 ? "Terminate" : "LMSFinish"));
            assertTrue(finish > 0, calls.toString());
            assertEquals(List.of(v2004 ? "Commit" : "LMSCommit"), calls.get(finish - 1), "committed before finishing");
            assertTrue(calls.contains(List.of(v2004 ? "SetValue" : "LMSSetValue", v2004 ? "cmi.exit" : "cmi.core.exit", "suspend")));

            // The next session: the runtime holds what was committed, and the player resumes at step 3.
            assertTrue(browser.<Boolean>script("return window.lms.restored"));
            inPlayer(() -> {
                browser.await("the player resumes at step 3", d -> status().startsWith("3 of 6"));
                browser.await("the frame shows the section of step 3 again", d -> frameUrl().endsWith("standards/recover.html#how"));
                assertEquals("step", browser.find("a.player-item[data-index='3']").getAttribute("aria-current"));
                assertTrue(browser.find("a.player-item[data-index='1']").getAttribute("class").contains("is-seen"));
                // To the module's check through the list; one answer of two right.
                browser.find("a.player-item[data-index='6']").sendKeys(Keys.ENTER);
                browser.await("the check", d -> status().startsWith("6 of 6"));
                assertTrue(browser.find(".player-next").getAttribute("disabled") != null, "no Next after the last item");
                answer("choice-1-1", "choice-2-1");
                return null;
            });
            browser.await("the check's score reaches the runtime", d -> value(raw).equals("1"));
            assertEquals("0", value(v2004 ? "cmi.score.min" : "cmi.core.score.min"));
            assertEquals("2", value(v2004 ? "cmi.score.max" : "cmi.core.score.max"));
            assertEquals("incomplete", value(status), "steps 4 and 5 not seen yet");
            if (v2004) {
                assertEquals("failed", value("cmi.success_status"), "every check taken, one not passed");
                assertEquals("0.5", value("cmi.score.scaled").replaceAll("0+$", ""));
            }
            inPlayer(() -> {
                inFrame(() -> {
                    browser.find(".check-retry").sendKeys(Keys.ENTER);
                    return null;
                });
                answer("choice-1-1", "choice-2-2");
                return null;
            });
            browser.await("the better score reaches the runtime", d -> value(raw).equals("2"));
            if (v2004) {
                assertEquals("passed", value("cmi.success_status"));
            }
            inPlayer(() -> {
                browser.find(".player-prev").sendKeys(Keys.ENTER);
                browser.await("step 5", d -> status().startsWith("5 of 6"));
                browser.find(".player-prev").sendKeys(Keys.ENTER);
                browser.await("step 4", d -> status().startsWith("4 of 6"));
                return null;
            });
            assertEquals(v2004 ? "completed" : "passed", value(status), "every item seen and the check passed");
            assertEquals(v2004 ? "completed" : "passed", committed(status));
            assertEquals("2", committed(raw));

            // Another machine: nothing kept in the browser, the learning system's data brings the results back.
            browser.script("window.localStorage.clear()");
            browser.open(server.url("lms.html?scorm=" + version.runtime()));
            inPlayer(() -> browser.await("the player resumes at step 4", d -> status().startsWith("4 of 6")));
            assertEquals(v2004 ? "completed" : "passed", value(status));
            assertEquals("2", value(raw));
            assertTrue(browser.<String>script("return window.localStorage.getItem('playbook-course-checks:first-week')")
                    .contains("\"best\":2"), "the check's result is back in the browser for the check page");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Answers the check in the player's frame and sends it. */
    private static void answer(String... choices) {
        inFrame(() -> {
            for (String choice : choices) {
                browser.find("#" + choice).sendKeys(Keys.SPACE);
            }
            browser.find(".check-submit").sendKeys(Keys.ENTER);
            browser.await("the check is marked", d -> !browser.find(".check-result").getText().isEmpty());
            return null;
        });
    }

    /** Runs in the player's course frame (from the player), then back in the player. */
    private static <T> T inFrame(java.util.function.Supplier<T> work) {
        browser.driver().switchTo().frame("course-frame");
        try {
            return work.get();
        } finally {
            browser.driver().switchTo().parentFrame();
        }
    }

    private static void next() {
        browser.find(".player-next").sendKeys(Keys.ENTER);
    }

    private static String frameUrl() {
        return browser.script("return document.querySelector('iframe.player-frame').contentWindow.location.href");
    }

    @Test
    void openedFromDiskThePackageIsAPlainCourse() throws IOException {
        Path folder = unzip(playbook.site().resolve(ScormVersion.SCORM_12.zipUrl("first-week")), dir.resolve("from-disk"));
        browser.clearConsole();
        browser.open(folder.resolve("course-player.html").toUri().toString());
        browser.await("the player shows the first step", d -> status().startsWith("1 of 6"));
        browser.find(".player-next").sendKeys(Keys.ENTER);
        browser.await("step 2", d -> status().startsWith("2 of 6"));
        browser.await("the frame shows step 2", d -> browser.find("iframe.player-frame").getAttribute("src").endsWith("standards/greet.html"));
        assertFalse(browser.find(".player-prev").getAttribute("disabled") != null);
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The test LMS in a folder of its own: its page, scorm-again's runtime and the package unzipped below it. */
    private static Path host(ScormVersion version) throws IOException {
        Path lms = dir.resolve("lms-" + version.runtime());
        unzip(playbook.site().resolve(version.zipUrl("first-week")), lms.resolve("package"));
        Files.copy(NpmTools.scormAgain(version == ScormVersion.SCORM_2004 ? "scorm2004.min.js" : "scorm12.min.js"),
                lms.resolve("scorm-again.min.js"));
        // A page of the origin that is no LMS, with an icon of its own, so Chromium asks for no favicon.ico (a 404).
        Files.writeString(lms.resolve("blank.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Blank</title><link rel=\"icon\" href=\"data:,\"></head><body></body></html>\n");
        for (String file : List.of("lms.html", "lms.js")) {
            try (InputStream in = ScormRuntimeBrowserTest.class.getResourceAsStream("/scorm/lms/" + file)) {
                Files.copy(in, lms.resolve(file));
            }
        }
        return lms;
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = into.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return into;
    }

    /** Runs in the player's frame, then back in the LMS page. */
    private static <T> T inPlayer(java.util.function.Supplier<T> work) {
        browser.driver().switchTo().frame("sco");
        try {
            return work.get();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private static String status() {
        return browser.find(".player-status").getText();
    }

    /** A value as the runtime holds it now. */
    private static String value(String element) {
        return String.valueOf(browser.<Object>script("const v = window.lms.api.getCMIValue(arguments[0]); return v == null ? '' : String(v);",
                element));
    }

    /** A value as the LMS kept it at the last commit. */
    private static String committed(String element) {
        Map<String, Object> values = browser.script("return JSON.parse(window.sessionStorage.getItem('lms-values') || '{}')");
        return String.valueOf(values.getOrDefault(element, ""));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> calls() {
        return (List<List<String>>) (List<?>) browser.<List<Object>>script("return JSON.parse(window.sessionStorage.getItem('lms-calls') || '[]')");
    }
}
