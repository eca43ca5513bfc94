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
        List<Measurement> series = metric.series(group);
        if (series.isEmpty()) {
            return "No measurements yet.";
        }
        int scale = metric.scale();
        Measurement first = series.get(0);
        Measurement last = series.get(series.size() - 1);
        StringBuilder words = new StringBuilder();
        int change = last.value().compareTo(first.value());
        if (series.size() == 1) {
            words.append("One measurement: ").append(value(metric, last.value())).append(" in ").append(Numbers.month(last.date())).append('.');
        } else {
            words.append(change > 0 ? "Rose" : change < 0 ? "Fell" : "Held steady").append(change == 0 ? " at " : " from ")
                    .append(value(metric, first.value())).append(" in ").append(Numbers.month(first.date()));
            if (change != 0) {
                words.append(" to ").append(value(metric, last.value())).append(" in ").append(Numbers.month(last.date()));
            } else {
                words.append(" to ").append(Numbers.month(last.date()));
            }
            BigDecimal low = series.stream().map(Measurement::value).min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal high = series.stream().map(Measurement::value).max(Comparator.naturalOrder()).orElseThrow();
            words.append(" (").append(series.size()).append(" measurements, lowest ").append(value(metric, low))
                    .append(", highest ").append(value(metric, high)).append(").");
        }
        status(metric, group).ifPresent(s -> words.append(' ').append(s));
        return words.toString();
    }

    /** {@code Target 85%: met, 1.2 percentage points above it.}, direction-aware. */
    public static Optional<String> status(Metric metric, String group) {
        Optional<Standing> standing = metric.standing(group);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Standing s = standing.get();
        String target = "Target " + (metric.direction().word().equals("higher") ? "at least " : "at most ")
                + value(metric, s.target());
        if (s.gap().signum() == 0) {
            return Optional.of(target + ": met, exactly on target.");
        }
        String gap = Numbers.gap(s.gap(), metric.scale(), metric.unit());
        boolean above = s.latest().value().compareTo(s.target()) > 0;
        return Optional.of(target + ": " + (s.met() ? "met, " : "not met, ") + gap + (above ? " above it." : " below it."));
    }

    /** A value of the metric as the page writes it: {@code 84.2%}. */
    public static String describeValue(Metric metric, BigDecimal value) {
        return value(metric, value);
    }

    /** {@code 0.6 percentage points above target}, {@code exactly on target}, or nothing without a target. */
    public static String gap(Metric metric, String group) {
        return metric.standing(group).map(s -> s.gap().signum() == 0 ? "exactly on target"
                : Numbers.gap(s.gap(), metric.scale(), metric.unit())
                + (s.latest().value().compareTo(s.target()) > 0 ? " above target" : " below target")).orElse("");
    }

    static String value(Metric metric, BigDecimal value) {
        return Numbers.withUnit(value, metric.scale(), metric.unit());
    }
}
