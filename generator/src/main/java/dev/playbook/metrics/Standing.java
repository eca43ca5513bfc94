package dev.playbook.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where the latest value stands against its target.
 *
 * @param gap how far the latest value is on the good side of the target (negative: short of it),
 *            whichever way the metric should move
 */
public record Standing(Measurement latest, BigDecimal target, boolean met, BigDecimal gap) {
    public Standing {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(gap, "gap");
    }

    static Standing of(Measurement latest, BigDecimal target, Direction direction) {
        BigDecimal difference = latest.value().subtract(target);
        BigDecimal gap = direction == Direction.HIGHER ? difference : difference.negate();
        return new Standing(latest, target, direction.meets(latest.value(), target), gap);
    }
}
