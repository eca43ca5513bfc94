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

/** The index and search export stages: the release's Lucene index and the browser's copy of it. */
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

    /** Both stages, one after the other, timed apart. */
    void run(Site site, SearchIndexer indexer, SiteWriter writer) {
        Optional<Map<String, byte[]>> lucene;
        try {
            lucene = clock.run("index", () -> index(site, indexer, writer));
        } catch (BuildException e) {
            if (!(e.getCause() instanceof RuntimeException defect) || defect instanceof java.io.UncheckedIOException) {
                throw e;
            }
            // A defect, not the disk: it is the problem of the page whose sections Lucene refuses.
            String at = indexer.pageThatFails(analyzers(site)).flatMap(site::byId).map(Page::display).orElse(displayRoot);
            problems.add(InternalErrors.problem(SourcePosition.of(at), "indexing for search", defect));
            return;
        }
        if (lucene.isPresent()) {
            clock.run("search export", () -> {
                export(site, indexer, lucene.get(), writer);
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
    private Optional<Map<String, byte[]>> index(Site site, SearchIndexer indexer, SiteWriter writer) throws IOException {
        String owner = "the search index";
        try {
            if (pagesFirst && writer.keep(SearchSchema.INFO, owner)) {
                writer.keepPublished(SearchSchema.FOLDER, owner);
                writer.keepPublished(SearchExport.DATA, owner);
                writer.keepPublished(SearchExport.MANIFEST, owner);
                return Optional.empty();
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
            return Optional.empty();
        }
        String info = indexer.info();
        try {
            boolean unchanged = writer.published(SearchSchema.INFO).map(b -> new String(b, StandardCharsets.UTF_8))
                    .filter(info::equals).isPresent();
            writer.write(SearchSchema.INFO, info, owner);
            if (unchanged && writer.countPublished(SearchSchema.FOLDER) > 0 && writer.countPublished(SearchExport.DATA) > 0
                    && writer.countPublished(SearchExport.MANIFEST) == 1) {
                writer.keepPublished(SearchSchema.FOLDER, owner);
                writer.keepPublished(SearchExport.DATA, owner);
                writer.keepPublished(SearchExport.MANIFEST, owner);
                if (cache.searchIndex(writer.out()).isEmpty()) {
                    Path folder = writer.out().resolve(SearchSchema.FOLDER);
                    cache.searchIndex(writer.out(), indexer.existing(() -> readFolder(folder)));
                }
                return Optional.empty();
            }
            Optional<SearchIndexer.Indexed> before = cache.searchIndex(writer.out());
            // Timed apart (inside "index"), so the dev server's log and tests tell an update from a fresh index.
            Optional<SearchIndexer.Indexed> updated = before.isEmpty() ? Optional.empty() : clock.run("index: update", () -> {
                try {
                    return indexer.update(before.get(), analyzers(site));
                } catch (IOException | java.io.UncheckedIOException e) {
                    return Optional.<SearchIndexer.Indexed>empty(); // the last index can no longer be read: make a new one
                }
            });
            SearchIndexer.Indexed index = updated.isPresent() ? updated.get()
                    : clock.run("index: fresh", () -> indexer.build(analyzers(site)));
            cache.searchIndex(writer.out(), index);
            Map<String, byte[]> lucene = index.files();
            for (var file : lucene.entrySet()) {
                writer.write(SearchSchema.FOLDER + file.getKey(), file.getValue(), owner);
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
    private void export(Site site, SearchIndexer indexer, Map<String, byte[]> lucene, SiteWriter writer) throws IOException {
        try {
            for (var file : indexer.export(lucene, analyzers(site)).entrySet()) {
                writer.write(file.getKey(), file.getValue(), "the search index");
            }
        } catch (OutputClashException e) {
            problems.error(SourcePosition.of(displayRoot), e.getMessage());
        }
    }

    private static Supplier<Analyzer> analyzers(Site site) {
        String language = site.config().language();
        return () -> SearchSchema.analyzer(language);
    }
}
