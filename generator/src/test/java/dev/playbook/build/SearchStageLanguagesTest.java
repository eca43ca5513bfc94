package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.index.SearchIndexer;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Section;
import dev.playbook.model.Site;
import dev.playbook.model.SiteModeler;
import dev.playbook.testing.FuzzPlaybook;
import dev.playbook.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, part 4: one index and one export per language, each with its language's analysis, in
 * that language's folder of the release ({@code ""} for the default language, {@code "fr/"}...),
 * as a multilingual build asks of {@link SearchStage}; the dev server's cache keeps each one.
 */
class SearchStageLanguagesTest {

    @TempDir
    Path out;

    @Test
    void eachLanguageGetsItsOwnIndexAndExportInItsFolder() throws Exception {
        FuzzPlaybook playbook = FuzzPlaybook.create("playbook-search-languages");
        Problems problems = new Problems();
        Site site = new SiteModeler(playbook.config(), false).model(playbook.load().pages(), problems);
        BuildCache cache = new BuildCache();
        SearchStage stage = new SearchStage(cache, new StageClock(), problems, "playbook", false);
        SiteWriter writer = SiteWriter.open(out);
        stage.run(site, SearchIndexer.of(site, texts(site, "Refunds are processed within five days."), "en"), writer);
        stage.run(site, SearchIndexer.of(site, texts(site, "Les remboursements sont traités sous cinq jours."), "fr-CA"),
                writer, "fr/");
        stage.run(site, SearchIndexer.of(site, texts(site, "Rückerstattungen werden bearbeitet."), "de"), writer, "de/");
        writer.commit();
        assertTrue(problems.isEmpty(), problems.sorted()::toString);

        for (List<String> expected : List.of(List.of("", "en", "en"), List.of("fr/", "fr-CA", "fr"), List.of("de/", "de", "de"))) {
            String folder = expected.get(0);
            String info = Files.readString(out.resolve(folder + "search/index.properties"));
            assertTrue(info.contains("language=" + expected.get(1) + "\nanalysis=" + expected.get(2) + "\n"), info);
            String manifest = Files.readString(out.resolve(folder + "search/manifest.js"));
            assertTrue(manifest.contains("\"language\":\"" + expected.get(1) + "\",\"analysis\":\"" + expected.get(2) + "\""), manifest);
            try (var files = Files.list(out.resolve(folder + "search/lucene"))) {
                assertTrue(files.findAny().isPresent(), "a Lucene index in " + folder);
            }
            assertTrue(cache.searchIndex(out.resolve(folder)).isPresent(), "the dev server's cache keeps the index of " + folder);
        }
        // Each language's words, cut by its own analysis, in its own export only.
        assertTrue(data(out.resolve("fr/search/data")).contains("\"rembours\""));
        assertTrue(data(out.resolve("de/search/data")).contains("\"ruckerstattung\""));
        assertTrue(data(out.resolve("search/data")).contains("\"refund\""));
        assertTrue(!data(out.resolve("search/data")).contains("rembours"));
    }

    @Test
    void aFolderOutsideTheReleaseIsRefused() {
        SearchStage stage = new SearchStage(new BuildCache(), new StageClock(), new Problems(), "playbook", false);
        for (String folder : List.of("fr", "/fr/", "../fr/")) {
            assertThrows(IllegalArgumentException.class, () -> stage.run(null, null, null, folder), folder);
        }
    }

    private static String data(Path folder) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** Every page's content: one section of the given text. */
    private static java.util.function.Function<String, PageContent> texts(Site site, String text) {
        Map<String, PageContent> contents = new HashMap<>();
        for (Page page : site.readingOrder()) {
            contents.put(page.id(), new PageContent("<p>" + text + "</p>", List.of(), List.of(new Section("", "", 1, text)), text,
                    text.split(" ").length, List.of()));
        }
        return contents::get;
    }
}
