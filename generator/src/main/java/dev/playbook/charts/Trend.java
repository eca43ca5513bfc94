package dev.playbook.charts;

import dev.playbook.metrics.Measurement;
import dev.playbook.metrics.Metric;
import dev.playbook.metrics.Standing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A series said in words, for a chart's {@code <desc>} and the status beside it. */
public final class Trend {

    private Trend() {
    }

    /** {@code Rose from 81.0% in May 2025 to 86.2% in October 2026 (low 80.4%, high 86.2%). Target 85%: met, 1.2 percentage points above it.} */
    public static String describe(Metric metric, String group) {
        return describe(metric, group, ChartWords.ENGLISH);
    }

    public static String describe(Metric metric, String group, ChartWords w) {
        List<Measurement> series = metric.series(group);
        if (series.isEmpty()) {
            return w.word("chart.noMeasurements", "No measurements yet.");
        }
        Measurement first = series.get(0);
        Measurement last = series.get(series.size() - 1);
        StringBuilder words = new StringBuilder();
        int change = last.value().compareTo(first.value());
        if (series.size() == 1) {
            words.append(w.word("chart.oneMeasurement", "One measurement: {0} in {1}.", value(metric, last.value(), w), w.month(last.date())));
        } else {
            BigDecimal low = series.stream().map(Measurement::value).min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal high = series.stream().map(Measurement::value).max(Comparator.naturalOrder()).orElseThrow();
            Object[] args = {value(metric, first.value(), w), w.month(first.date()), value(metric, last.value(), w),
                w.month(last.date()), w.count(series.size()), value(metric, low, w), value(metric, high, w)};
            words.append(change > 0 ? w.word("chart.rose", "Rose from {0} in {1} to {2} in {3} ({4} measurements, lowest {5}, highest {6}).", args)
                    : change < 0 ? w.word("chart.fell", "Fell from {0} in {1} to {2} in {3} ({4} measurements, lowest {5}, highest {6}).", args)
                    : w.word("chart.steady", "Held steady at {0} in {1} to {3} ({4} measurements, lowest {5}, highest {6}).", args));
        }
        status(metric, group, w).ifPresent(s -> words.append(' ').append(s));
        return words.toString();
    }

    /** {@code Target 85%: met, 1.2 percentage points above it.}, direction-aware. */
    public static Optional<String> status(Metric metric, String group) {
        return status(metric, group, ChartWords.ENGLISH);
    }

    public static Optional<String> status(Metric metric, String group, ChartWords w) {
        Optional<Standing> standing = metric.standing(group);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Standing s = standing.get();
        String target = targetText(metric, s.target(), w);
        if (s.gap().signum() == 0) {
            return Optional.of(w.word("chart.statusExact", "Target {0}: met, exactly on target.", target));
        }
        String gap = w.gap(s.gap(), metric.scale(), metric.unit());
        boolean above = s.latest().value().compareTo(s.target()) > 0;
        String key = "chart.status" + (s.met() ? "Met" : "Missed") + (above ? "Above" : "Below");
        String english = "Target {0}: " + (s.met() ? "met, " : "not met, ") + "{1}" + (above ? " above it." : " below it.");
        return Optional.of(w.word(key, english, target, gap));
    }

    /** {@code at least 85%} or {@code at most 3 days}, as the metric's direction says. */
    static String targetText(Metric metric, BigDecimal target, ChartWords w) {
        boolean higher = metric.direction().word().equals("higher");
        return w.word(higher ? "chart.atLeast" : "chart.atMost", higher ? "at least {0}" : "at most {0}", value(metric, target, w));
    }

    /** A value of the metric as the page writes it: {@code 84.2%}. */
    public static String describeValue(Metric metric, BigDecimal value) {
        return value(metric, value, ChartWords.ENGLISH);
    }

    public static String describeValue(Metric metric, BigDecimal value, ChartWords w) {
        return value(metric, value, w);
    }

    /** {@code 0.6 percentage points above target}, {@code exactly on target}, or nothing without a target. */
    public static String gap(Metric metric, String group) {
        return gap(metric, group, ChartWords.ENGLISH);
    }

    public static String gap(Metric metric, String group, ChartWords w) {
        return metric.standing(group).map(s -> s.gap().signum() == 0 ? w.word("chart.exactlyOnTarget", "exactly on target")
                : w.word(s.latest().value().compareTo(s.target()) > 0 ? "chart.aboveTarget" : "chart.belowTarget",
                s.latest().value().compareTo(s.target()) > 0 ? "{0} above target" : "{0} below target",
                w.gap(s.gap(), metric.scale(), metric.unit()))).orElse("");
    }

    static String value(Metric metric, BigDecimal value) {
        return value(metric, value, ChartWords.ENGLISH);
    }

    static String value(Metric metric, BigDecimal value, ChartWords w) {
        return w.withUnit(value, metric.scale(), metric.unit());
    }
}
