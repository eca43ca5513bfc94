package dev.playbook.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.playbook.testing.Positioned.assertPositioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (fuzzing): any bytes as {@code playbook.yml}, decoded and read as the build reads them.
 * A config comes back exactly when no problem is an error, and what it holds is what the rest of
 * the build relies on: a release name that is a safe folder name, a title, a guide type.
 * The normal test run replays {@code SiteConfigFuzzTestInputs/}; see docs/fuzzing.md to fuzz.
 */
class SiteConfigFuzzTest {

    private static final String FILE = "playbook/playbook.yml";

    @FuzzTest(maxDuration = "5m")
    void playbookYml(byte[] input) {
        Problems problems = new Problems();
        String text;
        try {
            text = SourceText.decode(input, FILE);
        } catch (SourceException e) {
            assertPositioned(List.of(e.problem()), Map.of(FILE, new String(input, java.nio.charset.StandardCharsets.UTF_8)));
            return;
        }
        Optional<SiteConfig> config = SiteConfigReader.read(text, FILE, problems);
        List<Problem> found = problems.sorted();
        assertPositioned(found, Map.of(FILE, text));
        assertEquals(config.isEmpty(), found.stream().anyMatch(Problem::isError),
                () -> "a config is returned exactly when there is no error: " + found);
        if (config.isPresent()) {
            SiteConfig site = config.get();
            assertTrue(SiteConfig.isReleaseName(site.release()), () -> "unsafe release folder " + site.release());
            assertFalse(site.title().isBlank(), "a title");
            assertTrue(site.types().stream().anyMatch(t -> t.is(PageType.GUIDE)), "a guide type for untyped pages");
            assertFalse(site.language().isBlank(), "a language (any is accepted)");
            site.baseUrl().ifPresent(url -> assertTrue(url.startsWith("http://") || url.startsWith("https://"), url));
        }
    }
}
