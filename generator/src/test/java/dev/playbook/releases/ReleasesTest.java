package dev.playbook.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.build.BuildOptions;
import dev.playbook.testing.GitPlaybook;
import dev.playbook.testing.ReleaseHistory;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releases from git tags (issue 5): three tagged releases and the working tree, with a renamed
 * page, a removed page, a changed limit and a new story between them, built with --all-releases.
 */
class ReleasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private GitPlaybook history() {
        return ReleaseHistory.create(dir.resolve("repo"));
    }

    private ReleasesReport buildAll(TestPlaybook site, List<String> progress) throws Exception {
        BuildOptions options = BuildOptions.of(site.source(), site.out());
        return ReleaseBuild.run(new ReleaseBuild.Options(options, true, progress::add));
    }

    @Test
    void allReleasesBuildsEveryTagAndTheWorkingTree() throws Exception {
        try (GitPlaybook git = history()) {
            TestPlaybook site = git.playbook();
            var result = site.build("--all-releases");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("[1/4] release 2026.1 (tag release/2026.1): building"), result::toString);
            Path out = site.out();
            for (String release : List.of("2026.1", "2026.2", "2026.3", "2026.4")) {
                assertTrue(Files.isRegularFile(out.resolve(release + "/index.html")), release);
                assertTrue(Files.isRegularFile(out.resolve(release + "/search/index.properties")), "search inside " + release);
                assertTrue(Files.isRegularFile(out.resolve(release + ".zip")), release + ".zip");
            }

            JsonNode versions = JSON.readTree(out.resolve("versions.json").toFile());
            assertEquals(List.of("2026.4", "2026.3", "2026.2", "2026.1"), names(versions));
            assertEquals("2026.4/", versions.get(0).get("path").asText());
            assertTrue(versions.get(0).get("latest").asBoolean());
            assertFalse(versions.get(1).get("latest").asBoolean());
            assertEquals("Release 2026.2", versions.get(2).get("title").asText());
            assertEquals("2026-04-15", versions.get(2).get("date").asText());
            assertTrue(Files.readString(out.resolve("versions.js")).startsWith("self.playbookVersions = [{\"name\":\"2026.4\""));

            assertRedirect(out, "index.html", "2026.4/index.html");
            assertRedirect(out, "latest/standards/recover-from-mistakes.html", "../../2026.4/standards/recover-from-mistakes.html");
            assertRedirect(out, "latest/guides/faq.html", "../../2026.4/guides/questions.html");
            // An alias is a page of the release, so latest/ leads to it, and it leads on.
            assertRedirect(out, "latest/standards/old-name.html", "../../2026.4/standards/old-name.html");
            // A removed page's links keep working: they lead to the newest release that had it (issue 7).
            assertRedirect(out, "latest/guides/legacy.html", "../../2026.1/guides/legacy.html");
            assertRedirect(out, "go/legacy.html", "../2026.1/guides/legacy.html");
            assertRedirect(out, "go/recover.html", "../2026.4/standards/recover-from-mistakes.html");
            assertRedirect(out, "go/recover/index.html", "../../2026.4/standards/recover-from-mistakes.html");
            assertRedirect(out, "2026.2/standards/old-name.html", "recover-from-mistakes.html");

            // The switcher finds a page by id: the renamed page is "recover" in every release.
            assertTrue(Files.readString(out.resolve("2026.1/pages.js")).contains("\"recover\":\"standards/old-name.html\""));
            assertTrue(Files.readString(out.resolve("2026.2/pages.js")).contains("\"recover\":\"standards/recover-from-mistakes.html\""));
            Document renamed = Jsoup.parse(out.resolve("2026.2/standards/recover-from-mistakes.html").toFile());
            var switcher = renamed.selectFirst("form.release-switcher");
            assertEquals("recover", switcher.attr("data-page-id"));
            assertEquals("2026.2", switcher.attr("data-release"));
            assertEquals("../../", switcher.attr("data-site-root"));
        }
    }

    @Test
    void releaseNotesListWhatChangedById() throws Exception {
        try (GitPlaybook git = history()) {
            TestPlaybook site = git.playbook();
            assertEquals(0, site.build("--all-releases").exitCode());
            Path out = site.out();
            JsonNode changes = JSON.readTree(out.resolve("2026.2/changes.json").toFile());
            assertEquals("2026.1", changes.get("previous").asText());
            assertEquals(List.of("boots"), ids(changes.get("added")));
            assertEquals(List.of("legacy"), ids(changes.get("removed")));
            assertEquals(List.of("boots"), ids(changes.get("newStories")));
            assertEquals(List.of("faq", "recover"), ids(changes.get("renamed")));
            JsonNode renamed = changes.get("renamed").get(1);
            assertEquals("recover", renamed.get("id").asText());
            assertEquals("standards/old-name.html", renamed.get("from").asText());
            assertEquals("standards/recover-from-mistakes.html", renamed.get("to").asText());
            JsonNode limit = changes.get("limits").get(0);
            assertEquals("Goodwill credit", limit.get("extra").asText());
            assertEquals("up to $25", limit.get("before").asText());
            assertEquals("up to $50", limit.get("after").asText());
            assertEquals(List.of("greet"), ids(changes.get("changed")), "only greet's text changed; recover only moved");
            JsonNode when = changes.get("changed").get(0).get("sections").get(0);
            assertEquals("when", when.get("anchor").asText());
            assertEquals("changed", when.get("change").asText());
            assertEquals("[{\"kind\":\"same\",\"text\":\"When When a customer comes within\"},"
                    + "{\"kind\":\"removed\",\"text\":\"three metres.\"},{\"kind\":\"added\",\"text\":\"five metres, or calls.\"}]",
                    when.get("diff").toString());

            Document notes = Jsoup.parse(out.resolve("2026.2/release-notes.html").toFile());
            var limitNote = notes.selectFirst(".notes-limits li");
            assertEquals("Store associate, Goodwill credit:", limitNote.selectFirst("strong").text());
            assertEquals("up to $25", limitNote.selectFirst("del").text());
            assertEquals("up to $50", limitNote.selectFirst("ins").text());
            assertEquals("three metres.", notes.selectFirst("#page-greet del").ownText());
            assertEquals("five metres, or calls.", notes.selectFirst("#page-greet ins").ownText());
            assertTrue(notes.selectFirst("#page-recover").text().contains("standards/old-name.html"), "the move is listed");
            assertEquals("../2026.1/guides/legacy.html", notes.selectFirst("#removed + ul a").attr("href"));

            Document greet = Jsoup.parse(out.resolve("2026.2/standards/greet.html").toFile());
            var notice = greet.selectFirst(".banner-release");
            assertEquals("Changed in release 2026.2. See what changed", notice.text());
            assertEquals("../release-notes.html#page-greet", notice.selectFirst("a").attr("href"));
            Document home = Jsoup.parse(out.resolve("2026.2/index.html").toFile());
            assertEquals("release-notes.html", home.selectFirst(".home-release-links a").attr("href"));
            assertEquals("../2026.2.zip", home.select(".home-release-links a").get(1).attr("href"));

            JsonNode first = JSON.readTree(out.resolve("2026.1/changes.json").toFile());
            assertTrue(first.get("previous").isNull(), "the first release compares with nothing");
            assertTrue(Jsoup.parse(out.resolve("2026.1/release-notes.html").toFile()).text().contains("first published release"));
            assertEquals(List.of("new-hires"), ids(JSON.readTree(out.resolve("2026.4/changes.json").toFile()).get("changed")),
                    "the working tree's release compares with the newest tag");
        }
    }

    @Test
    void rebuildingUnchangedReleasesRebuildsNoTagAndChangesNoByte() throws Exception {
        try (GitPlaybook git = history()) {
            TestPlaybook site = git.playbook();
            ReleasesReport first = buildAll(site, new ArrayList<>());
            assertTrue(first.published(), first.problems()::toString);
            assertTrue(first.releases().stream().allMatch(ReleasesReport.Outcome::rebuilt));
            Map<String, byte[]> before = site.snapshot();

            List<String> progress = new ArrayList<>();
            ReleasesReport again = buildAll(site, progress);
            assertTrue(again.published(), again.problems()::toString);
            List<String> rebuilt = again.releases().stream().filter(ReleasesReport.Outcome::rebuilt)
                    .map(ReleasesReport.Outcome::name).toList();
            assertEquals(List.of("2026.4"), rebuilt, "only the working tree is built again");
            assertTrue(progress.contains("[1/4] release 2026.1 (tag release/2026.1): unchanged, not rebuilt"), progress::toString);
            assertEquals(0, again.written(), "no file rewritten");
            assertSameFiles(before, site.snapshot());
        }
    }

    @Test
    void aChangedTagRebuildsItAndTheReleasesThatCompareWithIt() throws Exception {
        try (GitPlaybook git = history()) {
            TestPlaybook site = git.playbook();
            assertTrue(buildAll(site, new ArrayList<>()).published());
            Path out = site.out();
            byte[] oldest = Files.readAllBytes(out.resolve("2026.1/index.html"));
            // Retag 2026.2 on a commit with one more change: 2026.2 and the releases after it are rebuilt.
            git.file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile.\n\n## When\n\nAlways.\n")
                    .commit("Fix 2026.2");
            org.eclipse.jgit.api.Git.open(dir.resolve("repo").toFile()).tagDelete().setTags("release/2026.2").call();
            git.tag("release/2026.2", false);
            ReleasesReport report = buildAll(site, new ArrayList<>());
            assertEquals(List.of("2026.2", "2026.3", "2026.4"), report.releases().stream()
                    .filter(ReleasesReport.Outcome::rebuilt).map(ReleasesReport.Outcome::name).toList());
            assertTrue(java.util.Arrays.equals(oldest, Files.readAllBytes(out.resolve("2026.1/index.html"))));
        }
    }

    @Test
    void aFailedReleaseLeavesEveryFolderAsItWas() throws Exception {
        try (GitPlaybook git = history()) {
            TestPlaybook site = git.playbook();
            assertEquals(0, site.build("--all-releases").exitCode());
            Map<String, byte[]> before = site.snapshot();
            git.file("stories/broken.md", "---\ntitle: [unclosed\n---\n").commit("Broken").tag("release/2026.3.1", false);
            var result = site.build("--all-releases");
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().contains("release/2026.3.1:playbook/stories/broken.md:3:1: error: invalid YAML"), result::toString);
            assertSameFiles(before, site.snapshot());
        }
    }

    @Test
    void buildingOneReleaseKeepsAndListsTheOthersAlreadyPublished() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("playbook.yml", ReleaseHistory.config("2025.9", "2025-09-01"))
                .file("index.md", "# Home\n\nThe first release.\n").file("a.md", "# A\n\nOld text.\n");
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> older = TestPlaybook.snapshot(site.out().resolve("2025.9"));
        Files.createDirectories(site.out().resolve("2024.1"));
        Files.writeString(site.out().resolve("2024.1/index.html"), "deployed by hand");
        String versions = Files.readString(site.out().resolve("versions.json"));
        Files.writeString(site.out().resolve("versions.json"), versions.replaceFirst("\\[",
                "[ { \"name\": \"2024.1\", \"title\": \"Hand-made\", \"path\": \"2024.1/\", \"latest\": false },"));

        site.file("playbook.yml", ReleaseHistory.config("2026.1", "2026-01-01")).file("a.md", "# A\n\nNew text.\n");
        var result = site.build();
        assertEquals(0, result.exitCode(), result::toString);

        assertSameFiles(older, TestPlaybook.snapshot(site.out().resolve("2025.9")));
        assertEquals("deployed by hand", site.rootOutput("2024.1/index.html"));
        JsonNode listed = JSON.readTree(site.out().resolve("versions.json").toFile());
        assertEquals(List.of("2026.1", "2025.9", "2024.1"), names(listed));
        assertEquals("Hand-made", listed.get(2).get("title").asText());
        assertEquals("2025.9", JSON.readTree(site.out().resolve("2026.1/changes.json").toFile()).get("previous").asText(),
                "notes compare with the release already published, though it is not in git");
        assertRedirect(site.out(), "index.html", "2026.1/index.html");
    }

    @Test
    void theOfflineBundleIsTheReleaseAndAFrontDoorZippedReproducibly() throws Exception {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n").file("a.md", "# A\n");
        assertEquals(0, site.build().exitCode());
        Path zip = site.out().resolve("2026.2.zip");
        List<String> entries = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(entry -> {
                entries.add(entry.getName());
                assertEquals(ReleaseBundle.TIME, entry.getTimeLocal());
            });
        }
        assertEquals(entries.stream().sorted().toList(), entries, "sorted entries");
        assertTrue(entries.containsAll(List.of("playbook-2026.2/index.html", "playbook-2026.2/versions.js",
                "playbook-2026.2/redirect.js", "playbook-2026.2/2026.2/index.html", "playbook-2026.2/2026.2/a.html",
                "playbook-2026.2/2026.2/search/index.properties", "playbook-2026.2/2026.2/assets/js/releases.js")), entries::toString);
        assertFalse(entries.stream().anyMatch(e -> e.endsWith(".playbook-manifest")), entries::toString);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            // Entries are deflated apart and written raw: each must still inflate to the published file.
            for (String page : List.of("a.html", "index.html", "search/index.properties")) {
                try (var in = file.getInputStream(file.getEntry("playbook-2026.2/2026.2/" + page))) {
                    assertArrayEquals(Files.readAllBytes(site.out().resolve("2026.2/" + page)), in.readAllBytes(), page);
                }
            }
        }
        // Zipped again, the same folder gives the same bytes (entries deflated on all cores, written in order).
        java.util.Map<String, byte[]> extras = java.util.Map.of("index.html", "front door".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream once = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream twice = new java.io.ByteArrayOutputStream();
        ReleaseBundle.zip(ReleaseBundle.published(site.out().resolve("2026.2")), "2026.2", extras, once);
        ReleaseBundle.zip(ReleaseBundle.published(site.out().resolve("2026.2")), "2026.2", extras, twice);
        assertArrayEquals(once.toByteArray(), twice.toByteArray(), "the same folder, the same zip");
    }

    @Test
    void allReleasesOutsideGitIsAUsageError() {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n");
        var result = site.build("--all-releases");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("is not inside a git working tree"), result::toString);
    }

    @Test
    void anAliasThatIsAPageIsAnErrorAtItsPlace() {
        TestPlaybook site = TestPlaybook.in(dir).file("index.md", "# Home\n")
                .file("a.md", "---\naliases: [b.html, ../up.html]\n---\n# A\n").file("b.md", "# B\n");
        var result = site.build();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("a.md:2:11: error: alias \"b.html\" is the path of"), result::toString);
        assertTrue(result.err().contains("a.md:2:19: error: alias \"../up.html\" is not a path inside the playbook"),
                result::toString);
    }

    private static void assertRedirect(Path out, String page, String target) throws Exception {
        Document html = Jsoup.parse(out.resolve(page).toFile());
        assertEquals("0; url=" + target, html.selectFirst("meta[http-equiv=refresh]").attr("content"), page);
        assertEquals(target, html.selectFirst("script[data-to]").attr("data-to"), page);
        assertEquals(target, html.selectFirst("body a").attr("href"), page);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertTrue(java.util.Arrays.equals(expected.get(path), actual.get(path)), "differs: " + path);
        }
    }

    private static List<String> names(JsonNode versions) {
        List<String> names = new ArrayList<>();
        versions.forEach(v -> names.add(v.get("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
