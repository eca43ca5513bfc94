package dev.playbook.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase of a rollout plan (crawl, walk, run).
 *
 * @param end      the last day, or empty for a phase that goes on
 * @param training what is trained in this phase
 */
public record Phase(String title, LocalDate start, Optional<LocalDate> end, String owner, String scope, List<String> training) {
    public Phase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scope, "scope");
        training = List.copyOf(training);
    }

    /** Whether {@code day} falls in this phase. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && end.map(e -> !day.isAfter(e)).orElse(true);
    }
}
