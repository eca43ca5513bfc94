package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, found building a real Docusaurus handbook (and the GitLab Hugo one): images linked as
 * {@code /img/x.jpg} live in the site's {@code static/} beside {@code docs/} (Hugo: beside
 * {@code content/}, or the folders {@code staticDir} names), served from the site root. They were
 * broken links; the old site served them.
 */
class SiteStaticsTest {

    @TempDir
    Path dir;

    private ImportedHandbook handbook() {
        return new ImportedHandbook(dir, "")
                .file("index.md", "# Desk\n\n![Map](/img/map.png) and [the form](/forms/leave.pdf).\n");
    }

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void docusaurusStaticFolderIsTheSiteRoot() throws Exception {
        write("docusaurus.config.js", "module.exports = {};\n");
        write("static/img/map.png", "png");
        write("static/forms/leave.pdf", "pdf");
        write("static/.cache/x", "hidden");
        ImportedHandbook handbook = handbook().build();
        assertEquals("img/map.png", handbook.site.html("index.html").selectFirst("main .content img").attr("src"));
        assertEquals(List.of("forms/leave.pdf"), handbook.links("index.html"));
        assertTrue(Files.isRegularFile(handbook.site.site().resolve("img/map.png")));
        assertTrue(Files.isRegularFile(handbook.site.site().resolve("forms/leave.pdf")));
        assertFalse(Files.exists(handbook.site.site().resolve(".cache/x")));
        assertEquals(List.of(), handbook.linkProblems());
    }

    @Test
    void hugoStaticDirsComeFromItsConfig() throws Exception {
        write("config/_default/config.yaml", "title: Desk\nstaticDir:\n        - data\n        - static\nmenu: {}\n");
        write("data/img/map.png", "png");
        write("static/forms/leave.pdf", "pdf");
        ImportedHandbook handbook = handbook().build();
        assertEquals(List.of(), handbook.linkProblems());
        assertEquals(List.of("data", "static"), SiteStatics.staticDirs("staticDir:\n  - data\n  - static\n"));
        assertEquals(List.of("assets", "more"), SiteStatics.staticDirs("staticDir = [\"assets\", \"more\"]\n"));
        assertEquals(List.of("static"), SiteStatics.staticDirs("title = \"x\"\n"));
    }

    @Test
    void aFolderBesideAPlainHandbookIsNotPublished() throws Exception {
        write("static/img/map.png", "png");
        ImportedHandbook handbook = handbook().build();
        assertEquals(2, handbook.linkProblems().size(), handbook.linkProblems()::toString);
        assertFalse(Files.exists(handbook.site.site().resolve("img/map.png")));
    }
}
