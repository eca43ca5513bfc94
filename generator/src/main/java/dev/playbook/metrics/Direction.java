package dev.playbook.metrics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Which way a metric should move. */
public enum Direction {
    HIGHER("higher"),
    LOWER("lower");

    private final String word;

    Direction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** {@code higher} or {@code lower}, also as {@code higher-is-better} / {@code lower-is-better}. */
    static Optional<Direction> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace(" is better", "").replace("-is-better", "");
        for (Direction direction : values()) {
            if (direction.word.equals(wanted)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code value} meets {@code target} in this direction (equal meets it). */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int order = value.compareTo(target);
        return this == HIGHER ? order >= 0 : order <= 0;
    }
}
