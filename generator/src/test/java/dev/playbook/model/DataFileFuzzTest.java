package dev.playbook.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.config.SiteConfig;
import dev.playbook.diag.Problems;
import dev.playbook.load.DataFile;
import dev.playbook.load.SourceException;
import dev.playbook.load.SourceText;
import dev.playbook.load.SourceTree;
import dev.playbook.testing.FuzzPlaybook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.playbook.testing.Positioned.assertPositioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (fuzzing): any bytes as a course ({@code courses/*.yml}) or as {@code glossary.yml},
 * modelled with the pages of a small playbook as a build models them. Mistakes are positioned
 * problems, and what is kept is well formed: a course has a valid id, a title and steps naming
 * valid page ids (and, when there is no error, modules with steps); no two glossary phrases are the same and every term's anchor is unique.
 * Hostile YAML shared by both targets sits directly in {@code DataFileFuzzTestInputs/}.
 */
class DataFileFuzzTest {

    private static final String COURSE = "courses/fuzzed.yml";
    private static final Loaded PLAYBOOK = Loaded.of(FuzzPlaybook.create("playbook-data-fuzz"));

    private record Loaded(SiteConfig config, SourceTree sources, Map<String, String> texts) {
        static Loaded of(FuzzPlaybook playbook) {
            return new Loaded(playbook.config(), playbook.load(), playbook.texts());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void course(byte[] input) {
        Problems problems = new Problems();
        Site site = model(COURSE, input, false, problems);
        for (Course course : site.courses()) {
            assertTrue(Ids.isValid(course.id()), course::id);
            assertFalse(course.title().isBlank(), "a course has a title");
            if (!problems.hasErrors()) {
                assertFalse(course.modules().isEmpty(), "a course without an error has modules");
                course.modules().forEach(m -> assertFalse(m.steps().isEmpty(), "a module without an error has steps"));
            }
            for (Course.Step step : course.steps()) {
                assertTrue(Ids.isValid(step.pageId()), step::pageId);
                step.anchor().ifPresent(a -> assertFalse(a.isBlank(), "an anchor is never blank"));
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void glossary(byte[] input) {
        Site site = model("glossary.yml", input, true, new Problems());
        Glossary glossary = site.glossary();
        Set<String> phrases = new HashSet<>();
        Set<String> anchors = new HashSet<>();
        for (Glossary.Term term : glossary.terms()) {
            assertFalse(term.term().isBlank() || term.definition().isBlank(), "a term has words and a definition");
            assertTrue(anchors.add(term.anchor()), () -> "two terms share the anchor " + term.anchor());
            for (String phrase : term.phrases()) {
                assertTrue(phrases.add(phrase.toLowerCase(Locale.ROOT)), () -> "the phrase \"" + phrase + "\" means two terms");
            }
        }
        // The glossary is then matched against every page's text: any text, including the input itself.
        String text = new String(input, StandardCharsets.UTF_8);
        for (Glossary.Match match : glossary.find(text)) {
            assertTrue(0 <= match.start() && match.start() < match.end() && match.end() <= text.length(),
                    () -> "a match outside the text: " + match);
        }
    }

    /** The playbook's pages and data, with {@code path} replaced by (or added as) the input. */
    private static Site model(String path, byte[] input, boolean replace, Problems problems) {
        String display = "playbook/" + path;
        Map<String, String> texts = new java.util.HashMap<>(PLAYBOOK.texts());
        List<DataFile> data = new ArrayList<>(PLAYBOOK.sources().data());
        if (replace) {
            data.removeIf(file -> file.path().equals(path));
        }
        try {
            String text = SourceText.decode(input, display);
            texts.put(display, text);
            data.add(new DataFile(path, display, text));
        } catch (SourceException e) {
            texts.put(display, new String(input, StandardCharsets.UTF_8));
            assertPositioned(List.of(e.problem()), texts);
            return new SiteModeler(PLAYBOOK.config(), false).model(PLAYBOOK.sources().pages(), List.of(), new Problems());
        }
        Site site = new SiteModeler(PLAYBOOK.config(), false).model(PLAYBOOK.sources().pages(), data, problems);
        assertPositioned(problems.sorted(), texts);
        assertEquals(PLAYBOOK.sources().pages().size(), site.pages().size(), "a data file never costs a page");
        return site;
    }
}
