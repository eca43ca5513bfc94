package dev.playbook.bench.measure;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Prints the series of one corpus side by side: one row per figure, one column per tool. */
final class ResultTable {
    private record Row(String label, List<String> cells) {
    }

    void print(PrintStream out, int pages, int runs, List<MeasuredSeries> columns) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("wall median (s)", columns, s -> format("%.3f", s.medianWallSeconds())));
        rows.add(row("wall min (s)", columns, s -> format("%.3f", s.minWallSeconds())));
        rows.add(row("wall max (s)", columns, s -> format("%.3f", s.maxWallSeconds())));
        rows.add(row("pages/s (median)", columns, s -> format("%.0f", s.pagesPerSecond())));
        rows.add(row("peak RSS median (MB)", columns, s -> format("%.1f", s.medianPeakRssMb())));
        rows.add(row("peak RSS source", columns, MeasuredSeries::peakRssSource));
        Set<String> statKeys = new LinkedHashSet<>();
        columns.forEach(series -> statKeys.addAll(series.statKeys()));
        for (String key : statKeys) {
            rows.add(row("stat " + key, columns, s -> s.medianStat(key).orElse("-")));
        }
        rows.add(row("output bytes (last run)", columns, s -> format("%,d", s.output().bytes())));
        rows.add(row("output files (last run)", columns, s -> format("%,d", s.output().files())));

        List<String> header = columns.stream().map(MeasuredSeries::tool).toList();
        int labelWidth = rows.stream().mapToInt(row -> row.label().length()).max().orElse(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (Row row : rows) {
                widths[c] = Math.max(widths[c], row.cells().get(c).length());
            }
        }
        out.printf("%n== %,d pages, %d run%s each, medians over runs ==%n", pages, runs, runs == 1 ? "" : "s");
        out.println(line("", header, labelWidth, widths));
        out.println("-".repeat(labelWidth + 2 + Arrays.stream(widths).map(w -> w + 2).sum()));
        for (Row row : rows) {
            out.println(line(row.label(), row.cells(), labelWidth, widths));
        }
    }

    private static Row row(String label, List<MeasuredSeries> columns, Function<MeasuredSeries, String> cell) {
        return new Row(label, columns.stream().map(cell).toList());
    }

    private static String line(String label, List<String> cells, int labelWidth, int[] widths) {
        StringBuilder line = new StringBuilder(String.format("%-" + labelWidth + "s", label));
        for (int c = 0; c < cells.size(); c++) {
            line.append("  ").append(String.format("%" + widths[c] + "s", cells.get(c)));
        }
        return line.toString().stripTrailing();
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
