package dev.playbook.bench.measure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The runs of one tool on one corpus, with the figures the result table shows.
 *
 * @param tool   column name, e.g. {@code playbook} or {@code hugo}
 * @param pages  pages in the corpus, for throughput
 * @param output size of the last run's output folder
 */
record MeasuredSeries(String tool, int pages, List<Measurement> runs, FileTree output) {
    MeasuredSeries {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one run");
        }
    }

    double medianWallSeconds() {
        return median(runs.stream().mapToDouble(run -> run.wallNanos() / 1e9).toArray());
    }

    double minWallSeconds() {
        return runs.stream().mapToDouble(run -> run.wallNanos() / 1e9).min().orElseThrow();
    }

    double maxWallSeconds() {
        return runs.stream().mapToDouble(run -> run.wallNanos() / 1e9).max().orElseThrow();
    }

    double pagesPerSecond() {
        return pages / medianWallSeconds();
    }

    double medianPeakRssMb() {
        return median(runs.stream().mapToDouble(run -> run.peakRssKb() / 1024.0).toArray());
    }

    /** Where the memory figure came from: the child's own VmHWM when every run reported it. */
    String peakRssSource() {
        return runs.stream().allMatch(Measurement::rssFromChild) ? "own VmHWM" : "polled VmHWM";
    }

    /** Stat keys in the order the child first printed them, the memory figure left out (it has its own row). */
    Set<String> statKeys() {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(run -> keys.addAll(run.stats().keySet()));
        keys.remove(Measurement.PEAK_RSS_KEY);
        return keys;
    }

    /** The median over runs of a numeric stat, or the last run's value when it is not a number. */
    Optional<String> medianStat(String key) {
        List<String> values = runs.stream().map(run -> run.stats().get(key)).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            double median = median(values.stream().mapToDouble(Double::parseDouble).toArray());
            return Optional.of(median == Math.rint(median) && Math.abs(median) < 1e15
                    ? Long.toString((long) median)
                    : String.format(Locale.ROOT, "%.1f", median));
        } catch (NumberFormatException e) {
            return Optional.of(values.get(values.size() - 1));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
