package dev.playbook.theme;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project theme overrides the built-in one file by file; everything it lacks comes from the default. */
class ThemeOverlayTest {

    @TempDir
    Path dir;

    @Test
    void projectThemeOverridesOneTemplateAndOneAsset() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n").file("a.md", "# A\n\nText.\n");
        Path theme = dir.resolve("themes/brand");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets/css"));
        Files.writeString(theme.resolve("templates/page.ftlh"), "<!doctype html><title>${page.title}</title><p class=brand>${page.title}</p>\n");
        Files.writeString(theme.resolve("assets/css/brand.css"), "body { color: teal; }\n");
        var result = site.build("--theme", "brand");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("A", site.html("a.html").selectFirst("p.brand").text(), "the project's page template wins");
        assertTrue(site.output("index.html").contains("class=\"home"), "the home page still uses the default theme");
        assertTrue(site.published("assets/css/brand.css"), "the project's own asset is published");
        assertTrue(site.published("assets/css/base.css"), "the default theme's assets are still there");

        Path byPath = dir.resolve("elsewhere/my-theme/templates");
        Files.createDirectories(byPath);
        Files.writeString(byPath.resolve("page.ftlh"), "<p class=path>${page.title}</p>\n");
        assertEquals(0, site.build("--theme", byPath.getParent().toString()).exitCode());
        assertEquals("A", site.html("a.html").selectFirst("p.path").text(), "a theme given by path works too");
    }
}
