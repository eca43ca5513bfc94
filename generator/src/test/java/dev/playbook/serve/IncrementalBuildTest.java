package dev.playbook.serve;

import dev.playbook.build.BuildOptions;
import dev.playbook.index.SectionSearcher;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: what {@code serve} publishes after each kind of change, built incrementally from what
 * the last build left, equals a full build of the same source byte for byte. Changes are applied
 * one after another to one session, as an editor makes them; after each, a fresh
 * {@code playbook build} into another folder is compared with the session's folder, every file but
 * the Lucene segments (which carry random ids and times; they are compared by searching) and the
 * zip that only {@code build} writes.
 */
class IncrementalBuildTest {

    private static final String DATE = "2026-10-01";

    @TempDir
    static Path root;

    private static TestPlaybook playbook;
    private static SiteSession session;
    private static int fullBuilds;
    private static int indexUpdates;

    @BeforeAll
    static void start() throws Exception {
        playbook = TestPlaybook.in(root)
                .file("playbook.yml", TestPlaybook.CONFIG + "roles:\n  - id: associate\n    title: Associate\n"
                        + "  - id: team-lead\n    title: Team lead\n")
                .file("index.md", "# Home\n\nStart with [[greet]] and the [vision](vision.md).\n\n## Standards\n\nSee [the standards](standards/).\n")
                .file("vision.md", "---\ntype: vision\n---\n# Vision\n\nWe go the extra mile. Read [[greet]].\n")
                .file("standards/_index.md", "# Standards\n\nHow we serve.\n")
                .file("standards/greet.md", "---\ntitle: Greet every customer\ntags: [welcome, floor]\n---\n"
                        + "Say hello within ten seconds.\n\n## How\n\nSmile and [[refunds|offer help]].\n\n## When\n\nAlways.\n\n"
                        + "## Authority\n\nYou may [give credits](../parameters/credits.md#using-credits).\n")
                .file("standards/refunds.md", "---\ntitle: Refund without fuss\ntags: [money]\nweight: 2\n---\n"
                        + "Refund first, ask later.\n\n## How\n\nUse the till.\n\n## When\n\nDamaged goods.\n\n## Authority\n\nUp to the limit.\n")
                .file("parameters/credits.md", "---\ntype: parameter\nlimits:\n  - role: associate\n    extra: Goodwill credit\n"
                        + "    up-to: 25 USD\n    approval: team-lead\n---\n# Goodwill credits\n\n## Using credits\n\nSee [[greet]].\n")
                .file("stories/parcel.md", "---\ntype: story\nillustrates: [greet]\ntags: [phone]\ncontext:\n  channel: phone\n"
                        + "  situation: A parcel went missing.\n---\n# The parcel that never came\n\nWe sent a new one the same day.\n")
                .file("stories/draft-idea.md", "---\ntype: story\ndraft: true\nillustrates: [refunds]\n---\n# A draft story\n\nNot yet.\n");
        session = new SiteSession(options(playbook.source(), root.resolve("served")));
        SiteSession.Outcome first = session.build(false);
        assertTrue(first.published(), () -> "the first build publishes: " + first.problems());
    }

    @AfterAll
    static void report() {
        assertTrue(fullBuilds > 0);
        assertTrue(indexUpdates >= 8, "the search index was updated " + indexUpdates + " times");
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfChangeEqualsAFullBuild() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(change("body", p -> p.file("standards/greet.md", read("standards/greet.md")
                .replace("Say hello within ten seconds.", "Say hello within five seconds, and mean it."))));
        tests.add(change("title", p -> p.file("standards/refunds.md", read("standards/refunds.md")
                .replace("title: Refund without fuss", "title: Refund at once"))));
        tests.add(change("tags", p -> p.file("stories/parcel.md", read("stories/parcel.md")
                .replace("tags: [phone]", "tags: [phone, delivery]"))));
        tests.add(change("illustrates", p -> p.file("stories/parcel.md", read("stories/parcel.md")
                .replace("illustrates: [greet]", "illustrates: [greet, refunds]"))));
        tests.add(change("limits", p -> p.file("parameters/credits.md", read("parameters/credits.md")
                .replace("up-to: 25 USD", "up-to: 50 USD"))));
        tests.add(change("weight", p -> p.file("standards/refunds.md", read("standards/refunds.md")
                .replace("weight: 2", "weight: -1"))));
        tests.add(change("new page", p -> p.file("stories/late-train.md", "---\ntype: story\nillustrates: [refunds]\n---\n"
                + "# The late train\n\nWe refunded the fare and linked [[greet]].\n")));
        tests.add(change("summary of a listed page", p -> p.file("stories/late-train.md", read("stories/late-train.md")
                .replace("type: story\n", "type: story\nsummary: A fare refunded on the spot.\n"))));
        tests.add(change("renamed page", p -> {
            String text = read("stories/late-train.md");
            p.delete("stories/late-train.md").file("stories/the-late-train.md", text);
        }));
        tests.add(change("deleted page", p -> p.delete("stories/parcel.md")));
        tests.add(change("link to a page that now exists", p -> p.file("vision.md", read("vision.md")
                .replace("Read [[greet]].", "Read [[greet]] and [[the-late-train]].")))); 
        tests.add(change("draft published", p -> p.file("stories/draft-idea.md", read("stories/draft-idea.md")
                .replace("draft: true\n", ""))));
        tests.add(change("new image", p -> p.bytes("images/desk.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})
                .file("standards/greet.md", read("standards/greet.md") + "\n![A desk](../images/desk.png)\n")));
        // Issue 7's data files: the glossary links terms inside every body, a course adds pages and a bar.
        tests.add(change("glossary added", p -> p.file("glossary.yml", "terms:\n  - term: Goodwill credit\n"
                + "    definition: Money given back when we let the customer down.\n    page: credits\n")
                .file("standards/greet.md", read("standards/greet.md").replace("Smile and", "Smile, offer a goodwill credit and"))));
        tests.add(change("glossary definition", p -> p.file("glossary.yml", read("glossary.yml")
                .replace("Money given back", "Money credited back"))));
        tests.add(change("course added", p -> p.file("courses/first-day.yml", "title: First day\nsummary: Where to start.\n"
                + "audience: [associate]\nduration: 1 hour\nmodules:\n  - title: Basics\n    steps:\n      - page: greet\n"
                + "      - page: greet#how\n        notes: Practise it.\n")));
        tests.add(change("course step", p -> p.file("courses/first-day.yml", read("courses/first-day.yml")
                .replace("      - page: greet#how\n", "      - page: refunds\n"))));
        // Issue 14's includes: a page that includes a file is rendered again when only that file changed.
        tests.add(change("include added", p -> p.file("_shared/hours.md", "We open at nine.\n")
                .file("standards/refunds.md", read("standards/refunds.md")
                        .replace("Use the till.", "Use the till.\n\n{% include_relative ../_shared/hours.md %}"))));
        tests.add(change("included file changed", p -> p.file("_shared/hours.md", "We open at ten, [[greet|say hello]].\n")));
        return tests.stream();
    }

    private static DynamicTest change(String kind, Consumer<TestPlaybook> edit) {
        return DynamicTest.dynamicTest(kind, () -> {
            edit.accept(playbook);
            // The dev server tells the session what its watcher saw; stamps alone must do as well.
            SiteSession.Outcome pages = session.build(true);
            assertTrue(pages.published(), () -> kind + ": " + pages.problems());
            Path full = root.resolve("full-" + ++fullBuilds);
            TestPlaybook.Result built = TestPlaybook.run("build", "--source", playbook.source().toString(), "--out",
                    full.toString(), "--drafts", "--date", DATE, "-q");
            assertEquals(0, built.exitCode(), built::all);
            String release = playbook.release();
            assertSame(full, root.resolve("served"), release, true, kind + " (pages first)");
            Path info = root.resolve("served").resolve(release).resolve("search/index.properties");
            String indexedBefore = Files.readString(info);
            SiteSession.Outcome late = session.build(false);
            assertTrue(late.published(), () -> kind + ": " + late.problems());
            assertFalse(late.stageMillis().containsKey("index: fresh"), () -> kind + ": the search index was made afresh, not updated");
            // The index is updated exactly when what it indexes changed (its description holds their digest).
            assertEquals(!indexedBefore.equals(Files.readString(info)), late.stageMillis().containsKey("index: update"), kind);
            if (late.stageMillis().containsKey("index: update")) {
                indexUpdates++;
            }
            assertSame(full, root.resolve("served"), release, false, kind);
            assertSameSearch(full.resolve(release), root.resolve("served").resolve(release), kind);
        });
    }

    /** Every file the same, but Lucene's segments, the zip, and (for a pages-first build) what it keeps for later. */
    private static void assertSame(Path full, Path served, String release, boolean pagesFirst, String kind) throws IOException {
        Map<String, byte[]> expected = files(full, release, pagesFirst);
        Map<String, byte[]> actual = files(served, release, pagesFirst);
        assertEquals(expected.keySet(), actual.keySet(), kind + ": the same files");
        List<String> different = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(path))) {
                different.add(path);
            }
        });
        assertEquals(List.of(), different, kind + ": files that differ from a full build");
    }

    private static Map<String, byte[]> files(Path folder, String release, boolean pagesFirst) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                boolean late = path.startsWith(release + "/search/") || path.equals(release + "/release.json")
                        || path.equals(release + "/pages.json")
                        || path.equals(release + "/release-snapshot.json.gz")
                        || path.equals(release + "/.playbook-manifest"); // lists the search export's files
                if (path.startsWith(release + "/search/lucene/") || path.endsWith(".zip") || (pagesFirst && late)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                if (path.equals(".playbook-manifest")) {
                    bytes = without(bytes, line -> line.endsWith(".zip"));
                } else if (path.equals(release + "/.playbook-manifest")) {
                    // Lucene names its segments by how the index was made (updated or at once).
                    bytes = without(bytes, line -> line.startsWith("search/lucene/"));
                }
                files.put(path, bytes);
            }
        }
        return files;
    }

    private static byte[] without(byte[] manifest, java.util.function.Predicate<String> left) {
        StringBuilder kept = new StringBuilder();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (!left.test(line)) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void assertSameSearch(Path full, Path served, String kind) throws IOException {
        try (SectionSearcher expected = SectionSearcher.open(full); SectionSearcher actual = SectionSearcher.open(served)) {
            assertEquals(expected.documents(), actual.documents(), kind + ": sections indexed");
            for (String query : List.of("hello", "refund", "parcel", "credit", "train fare", "seconds")) {
                assertEquals(expected.search(query, 20), actual.search(query, 20), kind + ": results for " + query);
            }
        }
        assertFalse(new TreeSet<>(List.of(Files.list(served.resolve("search/lucene")).toArray())).isEmpty());
    }

    private static String read(String path) {
        try {
            return Files.readString(playbook.source().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static BuildOptions options(Path source, Path out) {
        return new BuildOptions(source, source.toString().replace('\\', '/'), out, "default", Optional.empty(), true,
                Optional.of(LocalDate.parse(DATE)), true);
    }
}
