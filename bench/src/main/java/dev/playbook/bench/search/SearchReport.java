package dev.playbook.bench.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Prints the search figures of one corpus: tables for people, the requests of one cold run of each cold
 * query, and one {@code search.<figure> <value>} line per figure for scripts.
 */
public final class SearchReport {
    static final long COLD_BYTES_TARGET = 60 * 1024;
    static final int SEQUENTIAL_TARGET = 3;
    static final double P95_TARGET_MS = 10;

    private record Row(String label, List<String> cells) { }

    public void print(PrintStream out, SearchResult result, int runs) {
        IndexFootprint index = result.footprint();
        QueryTimes times = result.times();

        out.printf("%n== search on %,d pages: %d cold run%s per query (fresh Chromium each), %d warm queries ==%n",
                result.pages(), runs, runs == 1 ? "" : "s", times.queries().size());
        out.printf("site built in %.1f s; cold queries start on /%s%n%n", result.buildSeconds(), result.page());

        out.println("index on disk");
        table(out, List.of(), List.of(
                new Row("Lucene index (bytes)", List.of(format("%,d", index.luceneBytes()))),
                new Row("static export (bytes)", List.of(format("%,d", index.exportBytes()))),
                new Row("total (bytes)", List.of(format("%,d", index.totalBytes()))),
                new Row("export files", List.of(format("%,d", index.exportFiles()))),
                new Row("export files per 25 pages", List.of(format("%.2f", index.exportFilesPer25Pages())))));
        out.printf("  target <= 1 file per 25 pages (<= %d files): %s%n%n", index.exportFileBudget(),
                verdict(index.exportFiles() <= index.exportFileBudget(), format("%d files", index.exportFiles())));

        List<ColdSeries> cold = result.cold();
        out.printf("cold query in the header box (median of %d run%s; typed: a key every --key-delay-ms; pasted: in one go)%n",
                runs, runs == 1 ? "" : "s");
        List<String> header = cold.stream().map(s -> "\"" + s.query() + "\" " + (s.pasted() ? "pasted" : "typed")).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row("raw bytes (decoded)", cold, ColdQuery::rawBytes, "%,.0f"));
        rows.add(row("gzip bytes (body as sent)", cold, ColdQuery::gzipBytes, "%,.0f"));
        rows.add(row("transferred (gzip + headers)", cold, ColdQuery::transferBytes, "%,.0f"));
        rows.add(row("requests", cold, ColdQuery::requestCount, "%.0f"));
        rows.add(row("sequential requests", cold, ColdQuery::sequentialRequests, "%.0f"));
        rows.add(row("first key to results (ms)", cold, ColdQuery::wallMs, "%.0f"));
        rows.add(row("last key to results (ms)", cold, ColdQuery::afterTypingMs, "%.0f"));
        rows.add(row("typing, first to last key (ms)", cold, ColdQuery::typingMs, "%.0f"));
        rows.add(row("result options shown", cold, ColdQuery::shown, "%.0f"));
        table(out, header, rows);
        for (ColdSeries series : cold) {
            double gzip = series.median(ColdQuery::gzipBytes);
            double raw = series.median(ColdQuery::rawBytes);
            double sequential = series.median(ColdQuery::sequentialRequests);
            String bytes = QueryWords.words(series.query()).size() == 1
                    ? format("one word <= 60 KB: %s gzip, %s raw; ", verdict(gzip <= COLD_BYTES_TARGET, kb(gzip)),
                            verdict(raw <= COLD_BYTES_TARGET, kb(raw)))
                    : "";
            out.printf("  %s: %s<= %d sequential: %s%n", header.get(cold.indexOf(series)), bytes, SEQUENTIAL_TARGET,
                    verdict(sequential <= SEQUENTIAL_TARGET, format("%.0f", sequential)));
        }
        ColdQuery first = cold.get(0).runs().get(0);
        out.printf("  search scripts every page loads before the box is touched (not counted above): %s%n%n",
                first.withPage().isEmpty() ? "none" : String.join(", ", first.withPage().stream()
                        .map(t -> format("%s %,d raw / %,d gzip", t.path(), t.decodedBodySize(), t.encodedBodySize())).toList()));

        Percentiles search = times.searchPercentiles();
        Percentiles rank = times.rankPercentiles();
        out.printf("warm query time in Chromium (%d queries of 1-3 words, data loaded; %d without hits)%n",
                times.queries().size(), times.queriesWithoutHits());
        table(out, List.of("p50", "p95", "max"), List.of(
                new Row("engine.search (ms)", List.of(format("%.1f", search.median()), format("%.1f", search.at(95)),
                        format("%.1f", search.max()))),
                new Row("engine.rank (ms)", List.of(format("%.1f", rank.median()), format("%.1f", rank.at(95)),
                        format("%.1f", rank.max())))));
        out.printf("  target p95 <= 10 ms: %s%n%n", verdict(search.at(95) <= P95_TARGET_MS, format("%.1f ms", search.at(95))));

        for (ColdSeries series : cold) {
            requests(out, series.runs().get(0));
        }
        out.println();
        figures(out, result);
    }

    /** The requests of one cold run, in start order, times from the first key press (or the paste). */
    void requests(PrintStream out, ColdQuery query) {
        List<ResourceTiming> chain = query.chain().longest();
        double origin = query.firstInputMs();
        out.printf("requests of \"%s\" %s (first run; ms from the first %s; * on the longest chain)%n", query.query(),
                query.pasted() ? "pasted" : "typed", query.pasted() ? "input" : "key");
        StringBuilder inputs = new StringBuilder();
        query.inputs().forEach(t -> inputs.append(inputs.isEmpty() ? "" : " ").append(Math.round(t - origin)));
        out.printf(Locale.ROOT, "  focus at %.0f, input at %s, results at %.0f%n", query.focusMs() - origin, inputs,
                query.wallMs());
        int index = 0;
        for (ResourceTiming request : query.chain().requests()) {
            out.printf(Locale.ROOT, "  %2d %s %-40s %7.1f .. %7.1f  %,9d raw  %,8d gzip%n", ++index,
                    chain.contains(request) ? "*" : " ", request.path(), request.startTime() - origin,
                    request.responseEnd() - origin, request.decodedBodySize(), request.encodedBodySize());
        }
    }

    /** One line per figure: {@code search.<figure> <value>}, cold figures medians over runs. */
    void figures(PrintStream out, SearchResult result) {
        IndexFootprint index = result.footprint();
        figure(out, "search.pages", result.pages());
        figure(out, "search.index.lucene.bytes", index.luceneBytes());
        figure(out, "search.index.export.bytes", index.exportBytes());
        figure(out, "search.index.total.bytes", index.totalBytes());
        figure(out, "search.index.export.files", index.exportFiles());
        out.println("search.index.export.files_per_25_pages " + format("%.2f", index.exportFilesPer25Pages()));
        for (ColdSeries series : result.cold()) {
            String prefix = series.figure();
            out.println(prefix + ".query " + series.query());
            figure(out, prefix + ".bytes.raw", Math.round(series.median(ColdQuery::rawBytes)));
            figure(out, prefix + ".bytes.gzip", Math.round(series.median(ColdQuery::gzipBytes)));
            figure(out, prefix + ".bytes.transfer", Math.round(series.median(ColdQuery::transferBytes)));
            figure(out, prefix + ".requests", Math.round(series.median(ColdQuery::requestCount)));
            figure(out, prefix + ".sequential", Math.round(series.median(ColdQuery::sequentialRequests)));
            figure(out, prefix + ".wall_ms", Math.round(series.median(ColdQuery::wallMs)));
            figure(out, prefix + ".after_typing_ms", Math.round(series.median(ColdQuery::afterTypingMs)));
        }
        QueryTimes times = result.times();
        figure(out, "search.query.count", times.queries().size());
        out.println("search.query.p50_ms " + format("%.2f", times.searchPercentiles().median()));
        out.println("search.query.p95_ms " + format("%.2f", times.searchPercentiles().at(95)));
        out.println("search.rank.p50_ms " + format("%.2f", times.rankPercentiles().median()));
        out.println("search.rank.p95_ms " + format("%.2f", times.rankPercentiles().at(95)));
    }

    private static void figure(PrintStream out, String key, long value) {
        out.println(key + " " + value);
    }

    private static Row row(String label, List<ColdSeries> cold, ToDoubleFunction<ColdQuery> figure, String pattern) {
        return new Row(label, cold.stream().map(series -> format(pattern, series.median(figure))).toList());
    }

    /** Labels on the left, each column right-aligned under its header. */
    private static void table(PrintStream out, List<String> header, List<Row> rows) {
        int label = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        int columns = rows.get(0).cells().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = c < header.size() ? header.get(c).length() : 0;
            for (Row row : rows) {
                widths[c] = Math.max(widths[c], row.cells().get(c).length());
            }
        }
        if (!header.isEmpty()) {
            out.println(line("", header, label, widths));
        }
        for (Row row : rows) {
            out.println(line(row.label(), row.cells(), label, widths));
        }
    }

    private static String line(String label, List<String> cells, int labelWidth, int[] widths) {
        StringBuilder line = new StringBuilder("  ").append(String.format("%-" + labelWidth + "s", label));
        for (int c = 0; c < cells.size(); c++) {
            line.append("  ").append(String.format("%" + widths[c] + "s", cells.get(c)));
        }
        return line.toString().stripTrailing();
    }

    private static String kb(double bytes) {
        return format("%.1f KB", bytes / 1024);
    }

    private static String verdict(boolean met, String detail) {
        return (met ? "met (" : "MISSED (") + detail + ")";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
