package dev.playbook.metrics;

import java.util.List;
import java.util.Objects;

/** The phases of a rollout, in date order, as the page {@code pageId} declares them. */
public record RolloutPlan(String pageId, String title, List<Phase> phases) {
    public RolloutPlan {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(title, "title");
        phases = List.copyOf(phases);
    }
}
