package dev.playbook.build;

import dev.playbook.testing.MultilingualPlaybook;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 with the build cache ({@code .playbook-cache/}, kept between command-line builds): the
 * languages of a playbook share ids and paths but never each other's cached pages. After editing a
 * translation, its original, or adding and removing a translation, a build through the cache
 * publishes what a fresh build ({@code --no-cache}, into an empty folder) publishes, byte for byte:
 * no stale Spanish, no English fallback left behind. Lucene's segment files (which carry their
 * creation time) and the zip that holds them are left out, as in {@code TranslationsTest}.
 */
class MultilingualCacheTest {

    @TempDir
    Path temp;

    @Test
    void everyEditThroughTheCacheEqualsAFreshBuildInEveryLanguage() throws IOException {
        TestPlaybook playbook = MultilingualPlaybook.threeLanguages(temp.resolve("a"));
        built(playbook);
        assertTrue(Files.isDirectory(playbook.source().resolve(StoredCache.FOLDER)), "the build cache is kept");

        edit(playbook, "standards/greet.es.md", text -> text.replace("Di hola y mira al cliente.", "Di hola, sonríe y mira al cliente."));
        built(playbook);
        assertTrue(playbook.output("es/standards/greet.html").contains("Di hola, sonríe y mira al cliente."), "the new Spanish");
        assertFalse(playbook.output("standards/greet.html").contains("sonríe"), "the English page stays English");
        assertSameAsFresh(playbook, "a translation edited");

        edit(playbook, "standards/listen.md", text -> text.replace("Let the customer finish.", "Let the customer finish, then ask."));
        built(playbook);
        for (String folder : List.of("", "es/", "ar/")) {
            assertTrue(playbook.output(folder + "standards/listen.html").contains("Let the customer finish, then ask."),
                    folder + ": the untranslated page shows the original as it is now");
        }
        assertSameAsFresh(playbook, "an untranslated original edited");

        edit(playbook, "standards/greet.md", text -> text.replace("Say hello and look", "Say hello warmly and look"));
        built(playbook);
        assertFalse(playbook.output("es/standards/greet.html").contains("warmly"), "the translation is not replaced by its original");
        assertSameAsFresh(playbook, "a translated original edited");

        playbook.file("standards/listen.es.md", "---\ntitle: Escucha primero\n---\n## Cómo\n\nDeja terminar al cliente.\n\n"
                + "## Cuándo\n\nEn cada conversación.\n\n## Autoridad\n\nNo hace falta.\n");
        built(playbook);
        assertTrue(playbook.output("es/standards/listen.html").contains("Deja terminar al cliente."));
        assertFalse(playbook.output("es/standards/listen.html").contains("banner-untranslated"), "no notice once translated");
        assertTrue(playbook.output("ar/standards/listen.html").contains("banner-untranslated"), "still untranslated in Arabic");
        assertSameAsFresh(playbook, "a translation added");

        playbook.delete("standards/listen.es.md");
        built(playbook);
        assertTrue(playbook.output("es/standards/listen.html").contains("banner-untranslated"), "the notice is back");
        assertFalse(playbook.output("es/standards/listen.html").contains("Deja terminar"), "no stale Spanish");
        assertSameAsFresh(playbook, "a translation removed");

        edit(playbook, "standards/greet.es.md", text -> text.replace("sonríe", "sonríe mucho"));
        TestPlaybook.Result last = built(playbook);
        assertTrue(last.err().contains("build cache:"), "the build went through the cache: " + last);
        assertSameAsFresh(playbook, "a translation edited again");
    }

    private static TestPlaybook.Result built(TestPlaybook playbook) {
        TestPlaybook.Result result = playbook.build("--debug");
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private static void edit(TestPlaybook playbook, String path, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(playbook.source().resolve(path));
        String after = change.apply(before);
        assertFalse(before.equals(after), "the edit changes " + path);
        playbook.file(path, after);
    }

    private void assertSameAsFresh(TestPlaybook playbook, String step) {
        // A folder of the same name: the offline zip names the output folder.
        Path out = temp.resolve("fresh-" + System.nanoTime()).resolve(playbook.out().getFileName());
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", playbook.source().toString(), "--out", out.toString(),
                "--no-cache", "-q");
        assertEquals(0, result.exitCode(), result::toString);
        Map<String, byte[]> expected = comparable(TestPlaybook.snapshot(out));
        Map<String, byte[]> actual = comparable(playbook.snapshot());
        assertEquals(expected.keySet(), actual.keySet(), step + ": the same files");
        assertTrue(expected.keySet().stream().anyMatch(p -> p.contains("/es/standards/")), expected.keySet()::toString);
        List<String> different = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(path))) {
                different.add(path);
            }
        });
        assertEquals(List.of(), different, step + ": files that differ from a fresh build");
    }

    /** Every file, the Lucene index and the zip included: an edit rebuild is byte-identical to a fresh build (issue 15). */
    private static Map<String, byte[]> comparable(Map<String, byte[]> files) {
        assertTrue(files.keySet().stream().anyMatch(p -> p.contains("/search/lucene/")) && files.keySet().stream()
                .anyMatch(p -> p.endsWith(".zip")), files.keySet()::toString);
        return files;
    }
}
