package dev.playbook.build;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input: each problem names file:line:column, says what to do, and the build exits 1. */
class BuildErrorsTest {

    @TempDir
    Path dir;

    private static void assertError(TestPlaybook.Result result, String expected) {
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected), () -> "expected <" + expected + "> in\n" + result);
    }

    @Test
    void malformedFrontMatterPointsAtTheLine() {
        TestPlaybook site = TestPlaybook.in(dir).file("bad.md", "---\ntitle: Fine\ntags: [unclosed\nweight: 2\n---\nBody\n");
        assertError(site.build(), "playbook/bad.md:4:7: error: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence that starts on line 3)");
    }

    @Test
    void wrongFieldTypeIsAnErrorAtTheValue() {
        TestPlaybook site = TestPlaybook.in(dir).file("bad.md", "---\ntitle: Fine\nweight: heavy\n---\nBody\n");
        assertError(site.build(), "playbook/bad.md:3:9: error: \"weight\" must be a whole number, found \"heavy\"");
    }

    @Test
    void duplicateKeyIsAnError() {
        TestPlaybook site = TestPlaybook.in(dir).file("dup.md", "---\ntitle: One\ntitle: Two\n---\n");
        assertError(site.build(), "playbook/dup.md:3:1: error: duplicate key \"title\" (first given on line 2)");
    }

    @Test
    void unclosedFenceIsAnError() {
        TestPlaybook site = TestPlaybook.in(dir).file("open.md", "---\ntitle: Never closed\n\n# Body\n");
        assertError(site.build(), "playbook/open.md:1:1: error: front matter opened with \"---\" is never closed");
    }

    @Test
    void invalidUtf8IsAnErrorAtTheByte() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        TestPlaybook site = TestPlaybook.in(dir).bytes("latin.md", latin1);
        assertError(site.build(), "playbook/latin.md:2:11: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    /** Issue 14: a folder with no playbook.yml says in one line how to make one, for build, check and serve alike. */
    @Test
    void missingConfigIsOneLineThatSaysHowToMakeOne() {
        TestPlaybook site = new TestPlaybook(dir).file("index.md", "# Home\n");
        String source = site.source().toString();
        String line = "playbook: no playbook.yml in " + source + ": run \"playbook init --from " + source
                + "\" to make one for this handbook\n";
        for (TestPlaybook.Result result : List.of(site.build(), site.check(), TestPlaybook.run("serve", "--source", source, "--port", "0"))) {
            assertEquals(2, result.exitCode(), result::toString);
            assertEquals(line, result.err().replace("\r\n", "\n"), result::toString);
            assertEquals("", result.out(), result::toString);
        }
    }

    @Test
    void unknownTemplateFallsBackToTheDefaultWithAWarningAtTheLayoutField() {
        // Issue 14: imported pages name their old theme's layouts ("post", "default").
        TestPlaybook site = TestPlaybook.in(dir).file("odd.md", "---\ntitle: Odd\nlayout: post\n---\nText\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("playbook/odd.md:3:9: warning: unknown template \"post\"; the page uses the default template"
                + " (the theme has: "), result::toString);
        assertEquals("Odd", site.html("odd.html").selectFirst("h1").text());
    }

    @Test
    void brokenTemplateIsAnErrorAtTheTemplateLine() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("a.md", "# A\n");
        Path theme = dir.resolve("themes/broken/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("page.ftlh"), "<html>\n<p>${page.nosuchfield}</p>\n</html>\n");
        var result = site.build("--theme", "broken");
        assertError(result, "themes/broken/templates/page.ftlh:2:6: error: template error:");
    }

    @Test
    void duplicateIdsAndOutputPathsNameBothFiles() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("a/greet.md", "---\nid: greet\n---\n# One\n")
                .file("b/greet.md", "---\nid: greet\n---\n# Two\n")
                .file("c/index.md", "# C\n")
                .file("c/_index.md", "# C again\n");
        var result = site.build();
        assertError(result, "playbook/b/greet.md:2:5: error: id \"greet\" is already used by ");
        assertError(result, "playbook/a/greet.md; ids must be unique: set a different \"id:\" in one of them");
        assertError(result, "playbook/c/index.md: error: publishes to c/index.html, as ");
    }

    @Test
    void badIdAndUnknownTypeAreErrors() {
        TestPlaybook site = TestPlaybook.in(dir).file("x.md", "---\nid: Not Valid\ntype: standrd\n---\n");
        var result = site.build();
        assertError(result, "playbook/x.md:2:5: error: id \"Not Valid\" may use only lowercase letters, digits and single hyphens");
        assertError(result, "playbook/x.md:3:7: error: unknown page type \"standrd\" (did you mean \"standard\"?)");
    }

    @Test
    void problemsAreSortedAndAllReported() {
        TestPlaybook site = TestPlaybook.in(dir)
                .file("z.md", "---\nweight: x\n---\n")
                .file("a.md", "---\nweight: y\n---\n");
        var result = site.build();
        assertEquals(1, result.exitCode());
        int a = result.err().indexOf("a.md:2:9");
        int z = result.err().indexOf("z.md:2:9");
        assertTrue(a >= 0 && z > a, result::toString);
    }

    @Test
    void unknownThemeIsAUsageError() {
        TestPlaybook site = TestPlaybook.in(dir).file("a.md", "# A\n");
        var result = site.build("--theme", "nonexistent");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("theme \"nonexistent\" not found"));
    }
}
