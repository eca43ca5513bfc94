package dev.playbook.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample playbook's structure shows in its pages: matrix, stories on standards, backlinks, callouts. */
class ContentModelOutputTest {

    static final Path SAMPLE = SamplePlaybookTest.REPO.resolve("playbook");

    @TempDir
    static Path out;
    /** The sample's release folder inside {@code out}. */
    static Path site;

    @BeforeAll
    static void build() {
        var result = TestPlaybook.run("build", "--source", SAMPLE.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        site = out.resolve("2026.2");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void authorityMatrixListsEveryRoleAndExtraOfTheSample() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> roles = new LinkedHashSet<>();
        yaml.readTree(SAMPLE.resolve("playbook.yml").toFile()).get("roles").forEach(r -> roles.add(r.get("title").asText()));
        Set<String> extras = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(SAMPLE.resolve("parameters"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                // The English matrix: a translation (goodwill-credits.es.md) names its extras in its own language.
                if (!text.startsWith("---") || file.getFileName().toString().matches(".+\\.[a-z]{2,3}\\.md")) {
                    continue;
                }
                JsonNode front = yaml.readTree(text.substring(3, text.indexOf("\n---", 3)));
                front.path("limits").forEach(l -> extras.add(l.get("extra").asText()));
            }
        }
        assertTrue(roles.size() >= 4 && extras.size() >= 6, "a realistic matrix: " + roles + extras);
        Document matrix = page("authority.html");
        Element table = matrix.selectFirst("main table");
        assertNotNull(table);
        List<String> columns = table.select("thead th[scope=col]").eachText();
        for (String role : roles) {
            assertTrue(columns.stream().anyMatch(c -> c.contains(role)), "column for " + role + " in " + columns);
        }
        List<String> rows = table.select("tbody th[scope=row]").eachText();
        for (String extra : extras) {
            assertTrue(rows.stream().anyMatch(r -> r.contains(extra)), "row for " + extra + " in " + rows);
        }
        assertFalse(table.select("tbody a[href^=parameters/]").isEmpty(), "cells link to their source pages");
    }

    @Test
    void everyStandardListsItsStoriesAndEveryStoryIsListed() throws Exception {
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.list(site.resolve("stories"))) {
            for (Path story : files.filter(f -> !f.getFileName().toString().equals("index.html")).toList()) {
                Document page = Jsoup.parse(story.toFile(), "UTF-8");
                for (Element standard : page.select("main a[href^=../standards/]")) {
                    String target = standard.attr("href").replaceAll("#.*", "");
                    Document standardPage = Jsoup.parse(story.getParent().resolve(target).normalize().toFile(), "UTF-8");
                    String self = "../stories/" + story.getFileName();
                    if (standardPage.select("main a[href=\"" + self + "\"]").isEmpty()) {
                        unlisted.add(story.getFileName() + " not on " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), unlisted);
        Document own = page("standards/own-the-problem.html");
        assertTrue(own.text().contains("Stories that illustrate this standard"), "the stories section is titled");
        assertTrue(own.text().contains("Referenced by"), "backlinks are shown");
    }

    @Test
    void githubAlertsBecomeCallouts() throws Exception {
        int callouts = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                callouts += page.select("main div.callout > p.callout-title").size();
                assertTrue(page.select("main blockquote").stream().noneMatch(q -> q.text().startsWith("[!")), file.toString());
            }
        }
        assertTrue(callouts >= 5, "the sample's alerts render as callouts: " + callouts);
    }

    @Test
    void parameterPagesShowTheirLimitsAndTagsLinkToTagPages() throws Exception {
        Document credits = page("parameters/goodwill-credits.html");
        assertTrue(credits.select("main table").first().text().contains("Goodwill credit on a purchase"));
        Element tag = credits.selectFirst("a[href^=../tags/]");
        assertNotNull(tag, "tags link to tag pages");
        assertTrue(Files.isRegularFile(site.resolve("parameters").resolve(tag.attr("href")).normalize()));
        assertTrue(Files.isRegularFile(site.resolve("health.html")));
        assertTrue(Files.isRegularFile(site.resolve("types/story.html")));
    }
}
