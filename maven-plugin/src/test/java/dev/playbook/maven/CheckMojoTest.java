package dev.playbook.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code playbook:check} called as Maven calls it, on real playbooks: the failure's message, the reports, bad parameters. */
class CheckMojoTest {

    @TempDir
    Path dir;

    private CheckMojo mojo(String guide) throws Exception {
        Path playbook = Files.createDirectories(dir.resolve("project/src/playbook"));
        Files.writeString(playbook.resolve("playbook.yml"), "title: Checked\nrelease: \"1.0\"\n");
        Files.writeString(playbook.resolve("vision.md"), "---\ntitle: Vision\ntype: vision\n---\nWhy.\n");
        Files.writeString(playbook.resolve("guide.md"), guide);
        CheckMojo mojo = new CheckMojo();
        mojo.source = playbook.toFile();
        mojo.executionRoot = dir.resolve("project").toFile();
        mojo.out = dir.resolve("project/target/site-out").toFile();
        mojo.reportDirectory = dir.resolve("project/target/playbook-reports").toFile();
        return mojo;
    }

    @Test
    void errorsFailTheBuildWithTheirPositionsAndTheReportsAreWrittenFirst() throws Exception {
        CheckMojo mojo = mojo("# Guide\n\n[gone](nowhere.md)\n");
        mojo.reportFormats = List.of("sarif", "junit");
        var failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Playbook: 1 error(s), 0 warning(s) in src/playbook" + System.lineSeparator()
                + "src/playbook/guide.md:3:8: error: broken link: nothing at \"nowhere.md\"", failure.getMessage());
        String sarif = Files.readString(mojo.reportDirectory.toPath().resolve("playbook.sarif"));
        assertTrue(sarif.contains("\"uri\" : \"src/playbook/guide.md\""), sarif);
        assertTrue(Files.readString(mojo.reportDirectory.toPath().resolve("TEST-playbook.xml")).contains("broken-link"));
    }

    @Test
    void aCleanPlaybookPasses() throws Exception {
        CheckMojo mojo = mojo("# Guide\n\nFine.\n");
        mojo.execute();
        assertTrue(!Files.exists(mojo.reportDirectory.toPath()), "no report asked for, none written");
    }

    @Test
    void aSourceOutsideTheBuildIsNamedInFull() throws Exception {
        CheckMojo mojo = mojo("# Guide\n\n[gone](nowhere.md)\n");
        mojo.executionRoot = dir.resolve("elsewhere").toFile();
        var failure = assertThrows(MojoFailureException.class, mojo::execute);
        String full = dir.resolve("project/src/playbook/guide.md").toAbsolutePath().toString().replace('\\', '/');
        assertTrue(failure.getMessage().contains(full + ":3:8: error: broken link"), failure.getMessage());
    }

    @Test
    void badParametersSayWhatIsExpected() throws Exception {
        CheckMojo mojo = mojo("# Guide\n");
        mojo.reportFormats = List.of("sarif,pdf");
        assertEquals("<reportFormats> has \"pdf\": expected text, json, github, sarif, gitlab or junit",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
        mojo.reportFormats = null;
        mojo.date = "next week";
        assertEquals("<date> must be a day written YYYY-MM-DD, found \"next week\"",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
    }
}
