package dev.playbook.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a metric on a date.
 *
 * @param group the group's id, or empty for the metric as a whole
 */
public record Measurement(LocalDate date, BigDecimal value, String group) {
    public Measurement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(group, "group");
    }
}
