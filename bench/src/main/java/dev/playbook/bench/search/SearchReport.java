package dev.playbook.bench.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Prints the search figures of one corpus: a table for people, the requests of one cold run of each query,
 * and one {@code search.<figure> <value>} line per figure for scripts.
 */
public final class SearchReport {
    static final long COLD_BYTES_TARGET = 60 * 1024;
    static final int SEQUENTIAL_TARGET = 3;
    static final double P95_TARGET_MS = 10;

    private record Row(String label, String one, String three) { }

    public void print(PrintStream out, SearchResult result, int runs) {
        IndexFootprint index = result.footprint();
        QueryTimes times = result.times();
        List<ColdQuery> one = result.oneWord();
        List<ColdQuery> three = result.threeWords();
        String oneQuery = one.get(0).query();
        String threeQuery = three.get(0).query();

        out.printf("%n== search on %,d pages: %d cold run%s per query (fresh Chromium each), %d warm queries ==%n",
                result.pages(), runs, runs == 1 ? "" : "s", times.queries().size());
        out.printf("site built in %.1f s; cold queries start on /%s%n%n", result.buildSeconds(), result.page());

        out.println("index on disk");
        table(out, List.of(
                new Row("Lucene index (bytes)", format("%,d", index.luceneBytes()), ""),
                new Row("static export (bytes)", format("%,d", index.exportBytes()), ""),
                new Row("total (bytes)", format("%,d", index.totalBytes()), ""),
                new Row("export files", format("%,d", index.exportFiles()), ""),
                new Row("export files per 25 pages", format("%.2f", index.exportFilesPer25Pages()),
                        verdict(index.exportFiles() <= index.exportFileBudget(),
                                "target <= 1, i.e. <= " + index.exportFileBudget() + " files"))), "");
        out.println();

        out.printf("cold query, typed into the header box (median of %d run%s)%n", runs, runs == 1 ? "" : "s");
        List<Row> cold = new ArrayList<>();
        cold.add(row("raw bytes (decoded)", one, three, q -> q.rawBytes(), "%,.0f"));
        cold.add(row("gzip bytes (body as sent)", one, three, q -> q.gzipBytes(), "%,.0f"));
        cold.add(row("transferred (gzip + headers)", one, three, q -> q.transferBytes(), "%,.0f"));
        cold.add(row("requests", one, three, q -> q.requestCount(), "%.0f"));
        cold.add(row("sequential requests", one, three, q -> q.sequentialRequests(), "%.0f"));
        cold.add(row("first key to results (ms)", one, three, ColdQuery::wallMs, "%.0f"));
        cold.add(row("last key to results (ms)", one, three, ColdQuery::afterTypingMs, "%.0f"));
        cold.add(row("typing, first to last key (ms)", one, three, ColdQuery::typingMs, "%.0f"));
        cold.add(row("results shown", one, three, q -> q.shown(), "%.0f"));
        cold.add(row("search files loaded with the page", one, three, q -> q.withPage().size(), "%.0f"));
        table(out, cold, "\"" + oneQuery + "\"|\"" + threeQuery + "\"");
        double oneGzip = SearchResult.median(one, ColdQuery::gzipBytes);
        double oneRaw = SearchResult.median(one, ColdQuery::rawBytes);
        double sequential = Math.max(SearchResult.median(one, ColdQuery::sequentialRequests),
                SearchResult.median(three, ColdQuery::sequentialRequests));
        out.printf("  targets: cold one-word <= 60 KB (%s gzip, %s raw); <= %d sequential requests (%s)%n",
                verdict(oneGzip <= COLD_BYTES_TARGET, format("%.1f KB", oneGzip / 1024)),
                verdict(oneRaw <= COLD_BYTES_TARGET, format("%.1f KB", oneRaw / 1024)),
                SEQUENTIAL_TARGET, verdict(sequential <= SEQUENTIAL_TARGET, format("%.0f", sequential)));
        out.println();

        Percentiles search = times.searchPercentiles();
        Percentiles rank = times.rankPercentiles();
        out.printf("warm query time in Chromium (%d queries of 1-3 words, data loaded; %d without hits)%n",
                times.queries().size(), times.queriesWithoutHits());
        table(out, List.of(
                new Row("engine.search p50 / p95 / max (ms)",
                        format("%.1f / %.1f / %.1f", search.median(), search.at(95), search.max()),
                        verdict(search.at(95) <= P95_TARGET_MS, "target p95 <= 10 ms")),
                new Row("engine.rank p50 / p95 / max (ms)",
                        format("%.1f / %.1f / %.1f", rank.median(), rank.at(95), rank.max()), "")), "");
        out.println();

        requests(out, one.get(0));
        requests(out, three.get(0));
        out.println();

        figures(out, result);
    }

    /** The requests of one cold run, in start order, times from the first key press. */
    void requests(PrintStream out, ColdQuery query) {
        List<ResourceTiming> chain = query.chain().longest();
        out.printf("requests of \"%s\" (first run; ms from the first key press; * on the longest chain)%n", query.query());
        StringBuilder keys = new StringBuilder();
        query.keys().forEach(key -> keys.append(keys.isEmpty() ? "" : " ").append(Math.round(key - query.firstKeyMs())));
        out.printf(Locale.ROOT, "  focus at %.0f, keys at %s, results at %.0f%n", query.focusMs() - query.firstKeyMs(),
                keys, query.wallMs());
        int index = 0;
        for (ResourceTiming request : query.chain().requests()) {
            out.printf(Locale.ROOT, "  %2d %s %-44s %7.1f .. %7.1f  %,9d raw  %,8d gzip%n", ++index,
                    chain.contains(request) ? "*" : " ", request.path(), request.startTime() - query.firstKeyMs(),
                    request.responseEnd() - query.firstKeyMs(), request.decodedBodySize(), request.encodedBodySize());
        }
        for (ResourceTiming loaded : query.withPage()) {
            out.printf(Locale.ROOT, "     loaded with the page: %-30s %,9d raw  %,8d gzip%n", loaded.path(),
                    loaded.decodedBodySize(), loaded.encodedBodySize());
        }
    }

    /** One line per figure: {@code search.<figure> <value>}, medians over runs. */
    void figures(PrintStream out, SearchResult result) {
        IndexFootprint index = result.footprint();
        figure(out, "search.pages", result.pages());
        figure(out, "search.index.lucene.bytes", index.luceneBytes());
        figure(out, "search.index.export.bytes", index.exportBytes());
        figure(out, "search.index.total.bytes", index.totalBytes());
        figure(out, "search.index.export.files", index.exportFiles());
        out.println("search.index.export.files_per_25_pages " + format("%.2f", index.exportFilesPer25Pages()));
        coldFigures(out, "search.cold1", result.oneWord());
        coldFigures(out, "search.cold3", result.threeWords());
        QueryTimes times = result.times();
        figure(out, "search.query.count", times.queries().size());
        out.println("search.query.p50_ms " + format("%.2f", times.searchPercentiles().median()));
        out.println("search.query.p95_ms " + format("%.2f", times.searchPercentiles().at(95)));
        out.println("search.rank.p50_ms " + format("%.2f", times.rankPercentiles().median()));
        out.println("search.rank.p95_ms " + format("%.2f", times.rankPercentiles().at(95)));
    }

    private static void coldFigures(PrintStream out, String prefix, List<ColdQuery> runs) {
        out.println(prefix + ".query " + runs.get(0).query());
        figure(out, prefix + ".bytes.raw", (long) SearchResult.median(runs, ColdQuery::rawBytes));
        figure(out, prefix + ".bytes.gzip", (long) SearchResult.median(runs, ColdQuery::gzipBytes));
        figure(out, prefix + ".bytes.transfer", (long) SearchResult.median(runs, ColdQuery::transferBytes));
        figure(out, prefix + ".requests", (long) SearchResult.median(runs, ColdQuery::requestCount));
        figure(out, prefix + ".sequential", (long) SearchResult.median(runs, ColdQuery::sequentialRequests));
        figure(out, prefix + ".wall_ms", Math.round(SearchResult.median(runs, ColdQuery::wallMs)));
        figure(out, prefix + ".after_typing_ms", Math.round(SearchResult.median(runs, ColdQuery::afterTypingMs)));
    }

    private static void figure(PrintStream out, String key, long value) {
        out.println(key + " " + value);
    }

    private static Row row(String label, List<ColdQuery> one, List<ColdQuery> three, ToDoubleFunction<ColdQuery> figure,
                           String pattern) {
        return new Row(label, format(pattern, SearchResult.median(one, figure)),
                format(pattern, SearchResult.median(three, figure)));
    }

    /** Label, then two right-aligned columns; {@code header} is "left|right" or empty. */
    private static void table(PrintStream out, List<Row> rows, String header) {
        int label = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        String[] heads = header.isEmpty() ? new String[] {"", ""} : header.split("\\|", 2);
        int first = Math.max(heads[0].length(), rows.stream().mapToInt(r -> r.one().length()).max().orElse(0));
        int second = Math.max(heads[1].length(), rows.stream().mapToInt(r -> r.three().length()).max().orElse(0));
        // Figures side by side align right; a lone figure's remark aligns left.
        String pattern = "  %-" + label + "s  %" + first + "s  %" + (header.isEmpty() ? "" : String.valueOf(second)) + "s";
        if (!header.isEmpty()) {
            out.println(String.format(Locale.ROOT, pattern, "", heads[0], heads[1]).stripTrailing());
        }
        for (Row row : rows) {
            out.println(String.format(Locale.ROOT, pattern, row.label(), row.one(), row.three()).stripTrailing());
        }
    }

    private static String verdict(boolean met, String detail) {
        return (met ? "met: " : "MISSED: ") + detail;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
