package dev.playbook.check;

import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check} on courses and the glossary: each target that does not exist is an error at its YAML line. */
class CourseCheckTest {

    @TempDir
    Path dir;

    @Test
    void theSharedCoursePlaybookHasNoErrors() {
        TestPlaybook.Result result = CoursePlaybook.create(dir).check();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.all().contains("0 error(s)") && !result.all().contains("courses/"), result::toString);
    }

    @Test
    void aStepToAMissingPageOrAnchorIsAnErrorAtItsLine() {
        String course = CoursePlaybook.COURSE.replace("page: greet\n", "page: gret\n").replace("page: recover#how", "page: recover#hwo");
        TestPlaybook.Result result = CoursePlaybook.create(dir).file("courses/first-week.yml", course).check();
        assertEquals(1, result.exitCode(), result::toString);
        String file = dir.resolve("playbook").toString() + "/courses/first-week.yml";
        assertTrue(result.err().contains(file + ":15:15: error: step points to a missing page: no page has id \"gret\""
                + " (did you mean \"greet\"?)"), result::toString);
        assertTrue(result.err().contains(file + ":16:15: error: step points to a missing anchor: ")
                && result.err().contains("recover.md has no heading \"#hwo\" (did you mean \"how\"?)"), result::toString);
    }

    @Test
    void aCourseWithoutTitleOrModulesIsAnErrorAndUnknownFieldsAreWarnings() {
        TestPlaybook.Result result = CoursePlaybook.create(dir)
                .file("courses/broken.yml", "summary: No title\nmodlues: []\n").check();
        assertEquals(1, result.exitCode(), result::toString);
        String file = dir.resolve("playbook").toString() + "/courses/broken.yml";
        assertTrue(result.err().contains(file + ":1:1: error: a course needs a \"title:\""), result::toString);
        assertTrue(result.err().contains(file + ":2:1: warning: unknown course field \"modlues\" (did you mean \"modules\"?)"),
                result::toString);
        assertTrue(result.err().contains(file + ":1:1: error: a course needs \"modules:\""), result::toString);
    }

    @Test
    void aTermWithAMissingPageOrARepeatedPhraseIsAnError() {
        String glossary = CoursePlaybook.GLOSSARY.replace("page: credits", "page: credit")
                + "  - term: Courtesy credit\n    definition: Again.\n";
        TestPlaybook.Result result = CoursePlaybook.create(dir).file("glossary.yml", glossary).check();
        assertEquals(1, result.exitCode(), result::toString);
        String file = dir.resolve("playbook").toString() + "/glossary.yml";
        assertTrue(result.err().contains(file + ":5:11: error: term \"Goodwill credit\" points to a missing page: no page has id"
                + " \"credit\" (did you mean \"credits\"?)"), result::toString);
        assertTrue(result.err().contains(file + ":11:5: error: \"Courtesy credit\" is already a term or synonym on line 2"),
                result::toString);
    }
}
