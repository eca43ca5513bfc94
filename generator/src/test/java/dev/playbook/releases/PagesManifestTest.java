package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.playbook.testing.CoursePlaybook;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pages.json} validates against the schema the generator ships, and every URL in it leads to
 * a file of the output folder (and to an element with its #anchor); {@code sitemap.xml} with a base URL.
 */
class PagesManifestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize()
            .resolve("playbook");

    @TempDir
    Path dir;

    @Test
    void theSamplesManifestValidatesAndEveryUrlResolves() throws Exception {
        Path out = dir.resolve("site-out");
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", SAMPLE.toString(),
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode manifest = validated(out.resolve("2026.2"));
        assertTrue(manifest.get("pages").size() > 30, "every page");
        JsonNode course = manifest.get("courses").get(0);
        assertEquals("new-hire", course.get("id").asText());
        assertTrue(course.get("modules").size() >= 3);
        int steps = 0;
        for (JsonNode module : course.get("modules")) {
            steps += module.get("steps").size();
        }
        assertTrue(steps >= 12, "a realistic course: " + steps + " steps");
        assertEveryUrlResolves(out, manifest);
    }

    @Test
    void courseStepsAndHeadingsCarryEveryKindOfLink() throws Exception {
        TestPlaybook playbook = CoursePlaybook.create(dir)
                .file("playbook.yml", CoursePlaybook.CONFIG + "base-url: https://playbook.example.com/service/\n");
        TestPlaybook.Result result = playbook.build();
        assertEquals(0, result.exitCode(), result::toString);
        JsonNode manifest = validated(playbook.site());
        assertEquals("https://playbook.example.com/service", manifest.get("baseUrl").asText());
        JsonNode recover = find(manifest.get("pages"), "recover");
        assertEquals("2026.1/standards/recover.html", recover.get("url").asText());
        assertEquals("latest/standards/recover.html", recover.get("latest").asText());
        assertEquals("go/recover.html", recover.get("short").asText());
        JsonNode how = recover.get("headings").get(0);
        assertEquals("how", how.get("anchor").asText());
        assertEquals("go/recover.html#how", how.get("short").asText());
        JsonNode step = manifest.get("courses").get(0).get("modules").get(1).get("steps").get(1);
        assertEquals(3, step.get("step").asInt());
        assertEquals("How to recover", step.get("title").asText());
        assertEquals("2026.1/standards/recover.html?course=first-week&step=3#how", step.get("url").asText());
        assertEquals("2026.1/courses/first-week-print.html", manifest.get("courses").get(0).get("handout").asText());
        assertEveryUrlResolves(playbook.out(), manifest);

        String sitemap = playbook.output("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://playbook.example.com/service/2026.1/standards/recover.html</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://playbook.example.com/service/2026.1/courses/first-week.html</loc>"), sitemap);
        assertTrue(playbook.rootOutput("sitemap.xml").contains(
                "<sitemap><loc>https://playbook.example.com/service/2026.1/sitemap.xml</loc></sitemap>"));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndAWrongOneIsAnError() {
        TestPlaybook playbook = CoursePlaybook.create(dir);
        assertEquals(0, playbook.build().exitCode());
        assertFalse(playbook.published("sitemap.xml"));
        assertFalse(Files.exists(playbook.out().resolve("sitemap.xml")));

        TestPlaybook.Result wrong = playbook.file("playbook.yml", CoursePlaybook.CONFIG + "base-url: playbook.example.com\n").check();
        assertEquals(1, wrong.exitCode(), wrong::toString);
        assertTrue(wrong.err().contains("playbook.yml:10:11: error: base-url \"playbook.example.com\" must be the address"), wrong::toString);
    }

    /** The release's pages.json, checked against the pages.schema.json published beside it. */
    static JsonNode validated(Path release) throws IOException {
        JsonNode manifest = JSON.readTree(release.resolve("pages.json").toFile());
        assertEquals("pages.schema.json", manifest.get("$schema").asText());
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(release.resolve("pages.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(manifest);
        assertEquals(Set.of(), errors, "pages.json against its schema");
        try (InputStream shipped = PagesManifest.class.getResourceAsStream("pages.schema.json")) {
            assertTrue(java.util.Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(release.resolve("pages.schema.json"))),
                    "the schema published is the one the generator ships");
        }
        return manifest;
    }

    /** Every "url", "latest", "short", "handout" and "home" value leads to a file; pinned anchors to an element. */
    static void assertEveryUrlResolves(Path out, JsonNode manifest) {
        List<String> broken = new ArrayList<>();
        Map<Path, Document> pages = new HashMap<>();
        List<String> urls = new ArrayList<>();
        collect(manifest, urls);
        assertTrue(urls.size() > 10, "urls found: " + urls);
        for (String url : urls) {
            String path = url.replaceAll("[?#].*$", "");
            String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
            Path file = out.resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8));
            if (!Files.isRegularFile(file)) {
                broken.add(url + " -> no file");
            } else if (!fragment.isEmpty() && !path.startsWith("latest/") && !path.startsWith("go/")) {
                Document page = pages.computeIfAbsent(file, PagesManifestTest::parse);
                if (page.getElementById(fragment) == null) {
                    broken.add(url + " -> no #" + fragment);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static void collect(JsonNode node, List<String> urls) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (Set.of("url", "latest", "short", "handout", "home").contains(field.getKey()) && field.getValue().isTextual()) {
                    urls.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), urls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, urls));
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode find(JsonNode pages, String id) {
        for (JsonNode page : pages) {
            if (page.get("id").asText().equals(id)) {
                return page;
            }
        }
        throw new AssertionError("no page " + id);
    }
}
