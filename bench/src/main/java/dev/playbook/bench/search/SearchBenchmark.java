package dev.playbook.bench.search;

import dev.playbook.bench.measure.BenchmarkFailure;
import dev.playbook.bench.measure.CorpusStore;
import dev.playbook.bench.measure.FileTree;
import dev.playbook.bench.measure.ProcessRun;
import dev.playbook.bench.measure.ProcessTimer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds each synthetic corpus with the generator jar, serves the site from 127.0.0.1 and measures its
 * search in headless Chromium: the index on disk, what a cold query downloads and waits for, and how fast
 * the engine answers once its data is loaded.
 */
public final class SearchBenchmark {
    /** Options for the warm timings: as the header box asks while typing (its k, the last word a prefix). */
    static final Map<String, Object> QUERY_OPTIONS = Map.of("prefix", true);

    private final SearchSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir = Path.of("").toAbsolutePath();

    public SearchBenchmark(SearchSettings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    public void run() throws IOException, InterruptedException, BenchmarkFailure {
        Path jar = settings.jar().toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkFailure("generator jar not found: " + jar
                    + " (build it with: mvn -q -pl generator -am package -DskipTests)");
        }
        Optional<String> noBrowser = SearchBrowser.unavailable();
        if (noBrowser.isPresent()) {
            throw new BenchmarkFailure(noBrowser.get());
        }
        CorpusStore store = new CorpusStore(settings.work().toAbsolutePath(), out);
        for (int pages : settings.pages()) {
            Path source = store.prepare(pages, settings.seed());
            Path site = store.home(pages).resolve("search-site");
            double buildSeconds = build(jar, source, site, pages);
            try {
                SearchResult result = measure(pages, source, site, buildSeconds);
                new SearchReport().print(out, result, settings.runs());
                out.println();
            } finally {
                if (!settings.keepSite()) {
                    FileTree.delete(site);
                }
            }
        }
    }

    private double build(Path jar, Path source, Path site, int pages)
            throws IOException, InterruptedException, BenchmarkFailure {
        FileTree.delete(site);
        List<String> command = new ArrayList<>();
        command.add(settings.java());
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-jar", jar.toString(), "build", "--source", source.toString(),
                "--out", site.toString(), "--stats"));
        ProcessRun run = new ProcessTimer().run(command, workingDir);
        if (run.exitCode() != 0) {
            err.printf("playbook exited with status %d: %s%n", run.exitCode(), String.join(" ", run.command()));
            err.print(run.stderr());
            throw new BenchmarkFailure("build of " + pages + " pages failed with exit status " + run.exitCode());
        }
        double seconds = run.wallNanos() / 1e9;
        out.printf("playbook: built %,d pages with search into %s in %.1f s%n", pages, site, seconds);
        return seconds;
    }

    private SearchResult measure(int pages, Path source, Path site, double buildSeconds)
            throws IOException, InterruptedException, BenchmarkFailure {
        Path release = releaseFolder(site);
        IndexFootprint footprint = IndexFootprint.measure(release, pages);
        QueryWords words = QueryWords.scan(source);
        for (String query : List.of(settings.oneWord(), settings.threeWords())) {
            List<String> missing = words.missing(query);
            if (!missing.isEmpty()) {
                throw new BenchmarkFailure("the cold query \"" + query + "\" has words in no page of the corpus: " + missing);
            }
        }
        out.printf("queries: cold one-word \"%s\" (%s), cold three-word \"%s\" (%s); %d warm queries drawn with seed %d%n",
                settings.oneWord(), presence(words, settings.oneWord()), settings.threeWords(),
                presence(words, settings.threeWords()), settings.queries(), settings.seed());
        List<String> queries = words.sample(settings.queries(), settings.seed());
        Path page = contentPage(release);
        String pageName = site.relativize(page).toString().replace('\\', '/');

        try (StaticSiteServer server = StaticSiteServer.start(site)) {
            URI pageUrl = server.url(page);
            List<ColdSeries> cold = new ArrayList<>();
            cold.add(coldSeries(server, pageUrl, "search.cold1", settings.oneWord(), false));
            cold.add(coldSeries(server, pageUrl, "search.cold1.pasted", settings.oneWord(), true));
            cold.add(coldSeries(server, pageUrl, "search.cold3", settings.threeWords(), false));
            cold.add(coldSeries(server, pageUrl, "search.cold3.pasted", settings.threeWords(), true));
            QueryTimes times;
            try (SearchBrowser browser = SearchBrowser.start()) {
                times = browser.queryTimes(pageUrl, server.url(release), queries, QUERY_OPTIONS);
            }
            return new SearchResult(pages, buildSeconds, footprint, pageName, cold, times);
        }
    }

    private ColdSeries coldSeries(StaticSiteServer server, URI page, String figure, String query, boolean paste)
            throws IOException, InterruptedException {
        List<ColdQuery> runs = new ArrayList<>();
        for (int run = 1; run <= settings.runs(); run++) {
            ColdQuery cold;
            List<StaticSiteServer.Served> served;
            try (SearchBrowser browser = SearchBrowser.start()) {
                server.clearLog();
                cold = paste ? browser.pastedQuery(page, query) : browser.typedQuery(page, query, settings.keyDelayMs());
                served = server.served();
            }
            out.printf("cold \"%s\" %s, run %d/%d: %,d bytes raw, %,d gzip, %d requests, %d sequential, results %.0f ms"
                            + " after the first input, %.0f ms after the last%n", query, paste ? "pasted" : "typed", run,
                    settings.runs(), cold.rawBytes(), cold.gzipBytes(), cold.requestCount(), cold.sequentialRequests(),
                    cold.wallMs(), cold.afterTypingMs());
            checkAgainstServer(cold, served);
            runs.add(cold);
        }
        return new ColdSeries(figure, runs);
    }

    /** The browser's byte counts should be what the server sent; say so when they are not. */
    private void checkAgainstServer(ColdQuery cold, List<StaticSiteServer.Served> served) {
        Set<String> paths = new HashSet<>();
        cold.requests().forEach(request -> paths.add(request.path()));
        long sent = served.stream().filter(s -> paths.contains(s.path())).mapToLong(StaticSiteServer.Served::sentBytes).sum();
        long failed = served.stream().filter(s -> s.status() != 200).count();
        if (sent != cold.gzipBytes()) {
            err.printf("note: the server sent %,d body bytes for these requests, the browser counted %,d%n",
                    sent, cold.gzipBytes());
        }
        if (failed > 0) {
            err.printf("note: %d request(s) failed: %s%n", failed,
                    served.stream().filter(s -> s.status() != 200).map(s -> s.status() + " " + s.path()).toList());
        }
    }

    private static String presence(QueryWords words, String query) {
        List<String> parts = new ArrayList<>();
        for (String word : QueryWords.words(query)) {
            parts.add(String.format("%s in %,d of %,d pages", word, words.pagesWith(word), words.pageCount()));
        }
        return String.join(", ", parts);
    }

    /**
     * The folder of the release measured: the site itself when it has {@code search/manifest.js}, else
     * its one subfolder that does (a build publishes each release in a folder of its own).
     */
    static Path releaseFolder(Path site) throws IOException {
        if (Files.isRegularFile(site.resolve("search/manifest.js"))) {
            return site;
        }
        List<Path> releases;
        try (Stream<Path> folders = Files.list(site)) {
            releases = folders.filter(dir -> Files.isRegularFile(dir.resolve("search/manifest.js"))).sorted().toList();
        }
        if (releases.size() != 1) {
            throw new IOException("expected one release with search/manifest.js in " + site + ", found " + releases);
        }
        return releases.get(0);
    }

    /** The first content page of the first section folder: a typical page a reader searches from. */
    static Path contentPage(Path site) throws IOException {
        try (Stream<Path> sections = Files.list(site)) {
            List<Path> folders = sections.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().startsWith("sec-")).sorted().toList();
            for (Path folder : folders) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> page = files.filter(file -> file.toString().endsWith(".html"))
                            .filter(file -> !file.getFileName().toString().equals("index.html")).sorted().findFirst();
                    if (page.isPresent()) {
                        return page.get();
                    }
                }
            }
        }
        Path home = site.resolve("index.html");
        if (Files.isRegularFile(home)) {
            return home;
        }
        throw new IOException("no page to search from in " + site);
    }
}
