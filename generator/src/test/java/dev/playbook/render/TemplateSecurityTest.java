package dev.playbook.render;

import dev.playbook.safety.ContentSecurityPolicy;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates are data, not code (issue 13): they cannot create Java objects or reach the API behind a
 * value, they print nothing unescaped but the sanitized content, and every page they make sends the
 * site's Content-Security-Policy first thing in its head.
 */
class TemplateSecurityTest {

    private static final Path DEFAULT_TEMPLATES = Path.of(System.getProperty("playbook.repo.root", ".."))
            .resolve("themes/default/templates");

    @TempDir
    Path dir;

    private TestPlaybook siteWithPageTemplate(String template) throws IOException {
        TestPlaybook site = TestPlaybook.in(dir).file("a.md", "# A\n\nText.\n");
        Path templates = dir.resolve("themes/hostile/templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("page.ftlh"), template);
        return site;
    }

    @Test
    void newBuiltInCannotInstantiateClasses() throws IOException {
        TestPlaybook site = siteWithPageTemplate("<p>${page.title}</p>\n"
                + "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}\n");
        var result = site.build("--theme", "hostile");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().lines().anyMatch(line -> line.contains("page.ftlh:2:")
                && line.contains(": error: template error:") && line.contains("freemarker.template.utility.Execute")),
                result::toString);
        assertFalse(site.published("a.html"), "nothing is published when a template fails");
    }

    @Test
    void apiBuiltInIsOff() throws IOException {
        TestPlaybook site = siteWithPageTemplate("<p>\n${page.title?api.getClass().getName()}</p>\n");
        var result = site.build("--theme", "hostile");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().lines().anyMatch(line -> line.contains("page.ftlh:2:") && line.contains(": error: ")
                && line.contains("?api")), result::toString);
    }

    /** {@code ?no_esc} prints HTML as it is: only the page content, which the sanitizer cleaned, may be. */
    @Test
    void theDefaultThemePrintsNothingUnescapedButSanitizedContent() throws IOException {
        Pattern raw = Pattern.compile("\\$\\{([^}]*)\\?no_esc}|<#noautoesc|\\?esc_html|markup_output|\\?noEsc");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEFAULT_TEMPLATES)) {
            for (Path file : files.sorted().toList()) {
                Matcher matcher = raw.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of("_layout.ftlh: ${page.content?no_esc}", "course-print.ftlh: ${step.content?no_esc}",
                        "scoreboard.ftlh: ${series.sparkline?no_esc}", "scoreboard.ftlh: ${series.statusHtml?no_esc}"), found,
                "page.content is the sanitized body; step.content an excerpt of it (postprocess.StepExcerpt); the"
                        + " scoreboard's sparkline and status are markup the charts package builds, every text in it"
                        + " escaped by charts.Markup (ChartsTest)");
    }

    @Test
    void everyPageSendsThePolicyBeforeAnyScriptOrStylesheet() throws IOException {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n")
                .file("a.md", "---\naliases: [old.html]\n---\n# A\n")
                .file("glossary.yml", "terms:\n  - term: Goodwill credit\n    definition: Money back.\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.out())) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages::toString);
        for (Path page : pages) {
            Document html = org.jsoup.Jsoup.parse(Files.readString(page));
            Element first = html.head().selectFirst("meta[http-equiv], script, link, style");
            assertNotNull(first, page::toString);
            assertEquals("Content-Security-Policy", first.attr("http-equiv"), page + ": the policy comes first");
            assertEquals(ContentSecurityPolicy.SITE.value(), first.attr("content"), page::toString);
        }
        assertTrue(pages.contains(site.out().resolve("index.html")), "the root page leading to the release");
        assertTrue(pages.contains(site.site().resolve("old.html")), "an alias's redirect page");
    }
}
