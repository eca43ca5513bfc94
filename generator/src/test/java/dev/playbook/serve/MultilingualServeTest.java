package dev.playbook.serve;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 under {@code serve}: a playbook in English, Spanish and Arabic, rebuilt by one session
 * after each kind of edit an editor makes to translations, publishes what a fresh build of the same
 * source publishes, in every language's folder (pages first, then everything). The dev server serves
 * every language's folder.
 */
class MultilingualServeTest {

    private static final String DATE = "2026-10-01";

    @TempDir
    static Path root;

    private static TestPlaybook playbook;
    private static SiteSession session;
    private static int fullBuilds;

    @BeforeAll
    static void start() throws Exception {
        playbook = MultilingualPlaybook.threeLanguages(root);
        session = new SiteSession(IncrementalBuildTest.options(playbook.source(), root.resolve("served")));
        SiteSession.Outcome first = session.build(false);
        assertTrue(first.published(), () -> "the first build publishes: " + first.problems());
    }

    @AfterAll
    static void counted() {
        assertTrue(fullBuilds >= 5, "compared after every edit: " + fullBuilds);
    }

    @TestFactory
    Stream<DynamicTest> everyEditToATranslationEqualsAFullBuild() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(change("translation edited", p -> p.file("standards/greet.es.md", read("standards/greet.es.md")
                .replace("Di hola y mira al cliente.", "Di hola, sonríe y mira al cliente.")),
                served -> assertTrue(served.apply("es/standards/greet.html").contains("sonríe"))));
        tests.add(change("untranslated original edited", p -> p.file("standards/listen.md", read("standards/listen.md")
                .replace("Let the customer finish.", "Let the customer finish, then ask.")),
                served -> {
                    for (String folder : List.of("", "es/", "ar/")) {
                        assertTrue(served.apply(folder + "standards/listen.html").contains("then ask."), folder + ": the fallback");
                    }
                }));
        tests.add(change("translated original edited", p -> p.file("standards/greet.md", read("standards/greet.md")
                .replace("Say hello and look", "Say hello warmly and look")),
                served -> assertFalse(served.apply("es/standards/greet.html").contains("warmly"))));
        tests.add(change("translation added", p -> p.file("standards/listen.es.md", "---\ntitle: Escucha primero\n---\n"
                + "## Cómo\n\nDeja terminar al cliente.\n\n## Cuándo\n\nEn cada conversación.\n\n## Autoridad\n\nNo hace falta.\n"),
                served -> assertFalse(served.apply("es/standards/listen.html").contains("banner-untranslated"))));
        tests.add(change("translation title", p -> p.file("standards/listen.es.md", read("standards/listen.es.md")
                .replace("title: Escucha primero", "title: Escucha antes")),
                served -> assertTrue(served.apply("es/standards/greet.html").contains("Escucha antes"), "the nav of other pages")));
        tests.add(change("translation removed", p -> p.delete("standards/listen.es.md"),
                served -> {
                    assertTrue(served.apply("es/standards/listen.html").contains("banner-untranslated"));
                    assertFalse(served.apply("es/standards/greet.html").contains("Escucha antes"), "no stale Spanish in the nav");
                }));
        tests.add(change("language added", p -> p.file("playbook.yml", read("playbook.yml") + "  fr:\n    title: Manuel de service\n"),
                served -> assertTrue(served.apply("fr/standards/greet.html").contains("lang=\"fr\""))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theDevServerServesEveryLanguagesFolder() throws Exception {
        Path source = root.resolve("server");
        TestPlaybook served = MultilingualPlaybook.threeLanguages(source);
        DevServer server = DevServer.start(new DevServer.Settings(IncrementalBuildTest.options(served.source(), source.resolve("out")),
                "127.0.0.1", 0, false, line -> { }));
        HttpClient http = HttpClient.newHttpClient();
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("2026.2/index.html", "2026.2/es/index.html", "2026.2/ar/index.html",
                "2026.2/es/standards/greet.html", "2026.2/ar/standards/listen.html", "2026.2/es/assets/css/languages.css",
                "2026.2/ar/search/manifest.js")) {
            tests.add(DynamicTest.dynamicTest(path, () -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.address().resolve("/" + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), path);
            }));
        }
        tests.add(DynamicTest.dynamicTest("stop", server::close));
        return tests.stream();
    }

    private interface Served {
        String apply(String path) throws IOException;
    }

    private interface Check {
        void accept(Served served) throws IOException;
    }

    private static DynamicTest change(String kind, Consumer<TestPlaybook> edit, Check check) {
        return DynamicTest.dynamicTest(kind, () -> {
            edit.accept(playbook);
            SiteSession.Outcome pages = session.build(true);
            assertTrue(pages.published(), () -> kind + ": " + pages.problems());
            Path full = root.resolve("full-" + ++fullBuilds);
            TestPlaybook.Result built = TestPlaybook.run("build", "--source", playbook.source().toString(), "--out",
                    full.toString(), "--drafts", "--date", DATE, "-q");
            assertEquals(0, built.exitCode(), built::all);
            String release = playbook.release();
            Path servedFolder = root.resolve("served");
            check.accept(path -> Files.readString(servedFolder.resolve(release).resolve(path)));
            assertSame(full, servedFolder, release, true, kind + " (pages first)");
            SiteSession.Outcome late = session.build(false);
            assertTrue(late.published(), () -> kind + ": " + late.problems());
            assertSame(full, servedFolder, release, false, kind);
        });
    }

    /** Every file the same, but Lucene's segments, the zip, and (pages first) what is kept for later. */
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
                String inRelease = path.startsWith(release + "/") ? path.substring(release.length() + 1) : "";
                String inLanguage = inRelease.matches("[a-z]{2}/.*") ? inRelease.substring(3) : inRelease;
                boolean late = inLanguage.startsWith("search/") || inRelease.equals("release.json") || inRelease.equals("pages.json")
                        || inRelease.equals("release-snapshot.json.gz") || inRelease.endsWith(".playbook-manifest");
                if (path.contains("/search/lucene/") || path.endsWith(".zip") || path.endsWith(".playbook-manifest")
                        || (pagesFirst && late)) {
                    continue;
                }
                files.put(path, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String read(String path) {
        try {
            return Files.readString(playbook.source().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
