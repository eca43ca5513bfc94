package dev.playbook.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.NpmTools;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nu HTML checker ({@code vnu.jar}, from npm's {@code vnu-jar}) over every HTML file the sample
 * playbook and the manual publish: no error. A page known to be invalid proves the gate can fail.
 */
class NuHtmlCheckerTest {

    private static final Path REPO = Path.of(System.getProperty("playbook.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyPageOfTheSampleAndTheManualIsValidHtml(@TempDir Path temp) throws Exception {
        Path vnu = NpmTools.vnuJar();
        Path sample = temp.resolve("sample");
        Path manual = temp.resolve("manual");
        build(REPO.resolve("playbook"), sample);
        build(REPO.resolve("docs"), manual);
        int pages = count(sample) + count(manual);
        assertTrue(pages > 100, "the sites hold their pages: " + pages);
        // Issue 18: the sample's Spanish edition (es/ in its release) is checked with the rest.
        assertTrue(count(sample.resolve("2026.2/es")) > 40, "the Spanish pages are checked: " + count(sample.resolve("2026.2/es")));

        List<String> errors = errors(vnu, sample, manual);
        assertEquals(List.of(), errors, "the Nu HTML checker found errors in " + pages + " pages");
    }

    /** Issue 18: hreflang alternates, lang and dir on every page of every language (English, Spanish, Arabic, Hebrew). */
    @Test
    void everyPageOfAMultilingualPlaybookIsValidHtml(@TempDir Path temp) throws Exception {
        Path vnu = NpmTools.vnuJar();
        dev.playbook.testing.TestPlaybook playbook = dev.playbook.testing.MultilingualPlaybook.fourLanguages(temp.resolve("multilingual"));
        TestPlaybook.Result result = playbook.build("-q");
        assertEquals(0, result.exitCode(), result::toString);
        int pages = count(playbook.site());
        for (String language : List.of("es", "ar", "he")) {
            assertTrue(count(playbook.site().resolve(language)) >= 15, language + " has its pages");
        }
        List<String> errors = errors(vnu, playbook.out());
        assertEquals(List.of(), errors, "the Nu HTML checker found errors in " + pages + " pages");
    }

    @Test
    void theGateFailsOnABadLanguageTag(@TempDir Path temp) throws Exception {
        Path vnu = NpmTools.vnuJar();
        Files.writeString(temp.resolve("bad.html"), "<!doctype html><html lang=en><head><title>x</title>"
                + "<link rel=alternate hreflang=\"es_ES!\" href=es.html></head><body><p lang=\"e s\">x</p></body></html>");
        assertTrue(errors(vnu, temp).stream().anyMatch(e -> e.contains("hreflang")), "vnu reports the bad hreflang");
    }

    @Test
    void theGateFailsOnInvalidHtml(@TempDir Path temp) throws Exception {
        Path vnu = NpmTools.vnuJar();
        Files.writeString(temp.resolve("bad.html"), "<!doctype html><html lang=en><title>x</title><p><div></span>");
        assertTrue(!errors(vnu, temp).isEmpty(), "vnu reports the invalid page");
    }

    private static void build(Path source, Path out) {
        TestPlaybook.Result result = TestPlaybook.run("build", "--source", source.toString(), "--out", out.toString(), "-q");
        assertEquals(0, result.exitCode(), result::toString);
    }

    private static int count(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return (int) walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    private static List<String> errors(Path vnu, Path... folders) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-jar", vnu.toString(), "--errors-only", "--format", "json", "--skip-non-html"));
        for (Path folder : folders) {
            command.add(folder.toString());
        }
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] report = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "vnu finished");
        JsonNode messages = new ObjectMapper().readTree(new String(report, StandardCharsets.UTF_8)).path("messages");
        List<String> errors = new ArrayList<>();
        for (JsonNode message : messages) {
            errors.add(message.path("url").asText() + ":" + message.path("lastLine").asText() + ": "
                    + message.path("type").asText() + ": " + message.path("message").asText());
        }
        return errors;
    }
}
