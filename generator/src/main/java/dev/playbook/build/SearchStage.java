package dev.playbook.build;

import dev.playbook.diag.Problems;
import dev.playbook.diag.InternalErrors;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.Page;
import dev.playbook.index.SearchExport;
import dev.playbook.index.SearchIndexer;
import dev.playbook.index.SearchSchema;
import dev.playbook.model.Site;
import dev.playbook.write.OutputClashException;
import dev.playbook.write.SiteWriter;
import org.apache.lucene.analysis.Analyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The index and search export stages: the release's Lucene index and the browser's copy of it, for
 * one language. A multilingual release runs them once per language, each into that language's
 * folder ({@code ""} for the default language, {@code "fr/"}...), each with the analysis of the
 * indexer's language: {@code fr/search/manifest.js}, {@code fr/search/data/}, {@code fr/search/lucene/}.
 */
final class SearchStage {

    private final BuildCache cache;
    private final StageClock clock;
    private final Problems problems;
    private final String displayRoot;
    private final boolean pagesFirst;

    SearchStage(BuildCache cache, StageClock clock, Problems problems, String displayRoot, boolean pagesFirst) {
        this.cache = cache;
        this.clock = clock;
        this.problems = problems;
        this.displayRoot = displayRoot;
        this.pagesFirst = pagesFirst;
    }

    /** Both stages for the release's own language, at its root. */
    void run(Site site, SearchIndexer indexer, SiteWriter writer) {
        run(site, indexer, writer, "");
    }

    /**
     * Both stages, one after the other, timed apart, writing under {@code folder} (empty, or a
     * relative folder ending in "/": {@code "fr/"}); stages past the root's are named with it
     * ({@code "index fr/"}).
     */
    void run(Site site, SearchIndexer indexer, SiteWriter writer, String folder) {
        if (!folder.isEmpty() && (!folder.endsWith("/") || folder.startsWith("/") || folder.contains(".."))) {
            throw new IllegalArgumentException("a search folder is empty or relative and ends in \"/\": \"" + folder + "\"");
        }
        String named = folder.isEmpty() ? "" : " " + folder;
        Optional<Map<String, byte[]>> lucene;
        try {
            lucene = clock.run("index" + named, () -> index(indexer, writer, folder));
        } catch (BuildException e) {
            if (!(e.getCause() instanceof RuntimeException defect) || defect instanceof java.io.UncheckedIOException) {
                throw e;
            }
            // A defect, not the disk: it is the problem of the page whose sections Lucene refuses.
            String at = indexer.pageThatFails(analyzers(indexer)).flatMap(site::byId).map(Page::display).orElse(displayRoot);
            problems.add(InternalErrors.problem(SourcePosition.of(at), "indexing for search", defect));
            return;
        }
        if (lucene.isPresent()) {
            clock.run("search export" + named, () -> {
                export(indexer, lucene.get(), writer, folder);
                return null;
            });
        }
    }

    /**
     * The release's Lucene index. It is made again only when what it indexes changed: Lucene stamps
     * each segment with its creation time, so reusing an unchanged index keeps rebuilds
     * byte-identical. When this cache holds the last index made for this folder (the dev server),
     * only the pages that changed are indexed again.
     */
    private Optional<Map<String, byte[]>> index(SearchIndexer indexer, SiteWriter writer, String folder) throws IOException {
        String owner = "the search index";
        String info = folder + SearchSchema.INFO;
        String luceneFolder = folder + SearchSchema.FOLDER;
        String data = folder + SearchExport.DATA;
        String manifest = folder + SearchExport.MANIFEST;
        // The dev server's last index of this folder (each language's index is updated on its own).
        Path cacheKey = writer.out().resolve(folder);
        try {
            if (pagesFirst && writer.keep(info, owner)) {
                writer.keepPublished(luceneFolder, owner);
                writer.keepPublished(data, owner);
                writer.keepPublished(manifest, owner);
                return Optional.empty();
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
            return Optional.empty();
        }
        String description = indexer.info();
        try {
            boolean unchanged = writer.published(info).map(b -> new String(b, StandardCharsets.UTF_8))
                    .filter(description::equals).isPresent();
            writer.write(info, description, owner);
            if (unchanged && writer.countPublished(luceneFolder) > 0 && writer.countPublished(data) > 0
                    && writer.countPublished(manifest) == 1) {
                writer.keepPublished(luceneFolder, owner);
                writer.keepPublished(data, owner);
                writer.keepPublished(manifest, owner);
                if (cache.searchIndex(cacheKey).isEmpty()) {
                    Path published = writer.out().resolve(luceneFolder);
                    cache.searchIndex(cacheKey, indexer.existing(() -> readFolder(published)));
                }
                return Optional.empty();
            }
            Optional<SearchIndexer.Indexed> before = cache.searchIndex(cacheKey);
            // Timed apart (inside "index"), so the dev server's log and tests tell an update from a fresh index.
            Optional<SearchIndexer.Indexed> updated = before.isEmpty() ? Optional.empty() : clock.run("index: update", () -> {
                try {
                    return indexer.update(before.get(), analyzers(indexer));
                } catch (IOException | java.io.UncheckedIOException e) {
                    return Optional.<SearchIndexer.Indexed>empty(); // the last index can no longer be read: make a new one
                }
            });
            SearchIndexer.Indexed index = updated.isPresent() ? updated.get()
                    : clock.run("index: fresh", () -> indexer.build(analyzers(indexer), cache.indexBlocks));
            cache.searchIndex(cacheKey, index);
            Map<String, byte[]> lucene = index.files();
            for (var file : lucene.entrySet()) {
                writer.write(luceneFolder + file.getKey(), file.getValue(), owner);
            }
            return Optional.of(lucene);
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
            return Optional.empty();
        }
    }

    /** The files of a published index, by name, read when an update first needs them. */
    private static Map<String, byte[]> readFolder(Path folder) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** The browser's copy of the index: impacts, term shards, display blocks (see {@link SearchExport}). */
    private void export(SearchIndexer indexer, Map<String, byte[]> lucene, SiteWriter writer, String folder) throws IOException {
        try {
            for (var file : indexer.export(lucene, analyzers(indexer)).entrySet()) {
                writer.write(folder + file.getKey(), file.getValue(), "the search index");
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
        }
    }

    private static Supplier<Analyzer> analyzers(SearchIndexer indexer) {
        return indexer.analysis()::analyzer;
    }
}
