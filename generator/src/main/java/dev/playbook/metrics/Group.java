package dev.playbook.metrics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A team, store, channel or region a metric is measured for.
 *
 * @param target the group's own target, when it differs from the metric's
 */
public record Group(String id, String title, Optional<BigDecimal> target) {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
    }
}
