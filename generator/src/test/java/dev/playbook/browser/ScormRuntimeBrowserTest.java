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

    @BeforeAll
    static void build() {
        playbook = CoursePlaybook.create(dir.resolve("playbook"));
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
    void theRuntimeRecordsStatusLocationProgressAndTimeAndTheLearnerResumesWhereTheyStopped(ScormVersion version)
            throws IOException {
        boolean v2004 = version == ScormVersion.SCORM_2004;
        Path lms = host(version);
        try (StaticServer server = StaticServer.serve(lms)) {
            // A fresh learner: the origin's storage cleared from a page of it that is no LMS.
            browser.open(server.url("scorm-again.min.js"));
            browser.script("window.sessionStorage.clear(); window.localStorage.clear();");
            browser.clearConsole();
            browser.open(server.url("lms.html?scorm=" + version.runtime()));
            inPlayer(() -> browser.await("the player starts at the first step", d -> status().startsWith("1 of 5")));
            String statusKey = v2004 ? "cmi.completion_status" : "cmi.core.lesson_status";
            String locationKey = v2004 ? "cmi.location" : "cmi.core.lesson_location";
            assertEquals("incomplete", value(statusKey));
            assertEquals("1", value(locationKey));
            assertTrue(calls().contains(List.of(v2004 ? "Initialize" : "LMSInitialize")), calls().toString());

            // Two steps on, with the keyboard.
            inPlayer(() -> {
                browser.find(".player-next").sendKeys(Keys.ENTER);
                browser.await("step 2", d -> status().startsWith("2 of 5"));
                browser.find(".player-next").sendKeys(Keys.ENTER);
                browser.await("step 3", d -> status().startsWith("3 of 5"));
                assertTrue(browser.<String>script("return document.querySelector('iframe.player-frame').contentWindow.location.href")
                        .endsWith("standards/recover.html#how"), "the frame shows the section of step 3");
                return null;
            });
            assertEquals("3", value(locationKey));
            String suspend = value("cmi.suspend_data");
            assertTrue(suspend.contains("\"seen\":\"11100\""), suspend);
            assertEquals(committed(locationKey), "3", "the location was committed");

            // Leaving ends the session: session time in the edition's format, then finish.
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
            inPlayer(() -> browser.await("the player resumes at step 3", d -> status().startsWith("3 of 5")));
            inPlayer(() -> {
                assertTrue(browser.<String>script("return document.querySelector('iframe.player-frame').contentWindow.location.href")
                        .endsWith("standards/recover.html#how"));
                assertEquals("step", browser.find("a.player-item[data-index='3']").getAttribute("aria-current"));
                assertTrue(browser.find("a.player-item[data-index='1']").getAttribute("class").contains("is-seen"));
                // Every item through the list, to the end.
                browser.find("a.player-item[data-index='5']").sendKeys(Keys.ENTER);
                browser.await("step 5", d -> status().startsWith("5 of 5"));
                assertTrue(browser.find(".player-next").getAttribute("disabled") != null, "no Next after the last step");
                return null;
            });
            assertEquals("incomplete", value(statusKey), "step 4 is not seen yet");
            inPlayer(() -> {
                browser.find(".player-prev").sendKeys(Keys.ENTER);
                browser.await("step 4", d -> status().startsWith("4 of 5"));
                return null;
            });
            assertEquals("completed", value(statusKey), "every step seen, no checks");
            if (v2004) {
                assertEquals("unknown", value("cmi.success_status"), "no checks: no pass or fail");
                assertEquals("1", value("cmi.progress_measure").replaceAll("\\.0+$", "").replace("1.00", "1"));
            }
            assertEquals("", value(v2004 ? "cmi.score.raw" : "cmi.core.score.raw"), "no checks: no score");
            assertEquals("completed", committed(statusKey));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void openedFromDiskThePackageIsAPlainCourse() throws IOException {
        Path folder = unzip(playbook.site().resolve(ScormVersion.SCORM_12.zipUrl("first-week")), dir.resolve("from-disk"));
        browser.clearConsole();
        browser.open(folder.resolve("course-player.html").toUri().toString());
        browser.await("the player shows the first step", d -> status().startsWith("1 of 5"));
        browser.find(".player-next").sendKeys(Keys.ENTER);
        browser.await("step 2", d -> status().startsWith("2 of 5"));
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
