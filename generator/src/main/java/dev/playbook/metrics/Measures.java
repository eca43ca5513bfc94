package dev.playbook.metrics;

import java.util.List;
import java.util.Optional;

/** Every metric and rollout plan of the playbook, in page order. */
public record Measures(List<Metric> metrics, List<RolloutPlan> rollouts) {

    public static final Measures NONE = new Measures(List.of(), List.of());

    public Measures {
        metrics = List.copyOf(metrics);
        rollouts = List.copyOf(rollouts);
    }

    public List<Metric> metricsOf(String pageId) {
        return metrics.stream().filter(m -> m.pageId().equals(pageId)).toList();
    }

    public Optional<RolloutPlan> rolloutOf(String pageId) {
        return rollouts.stream().filter(r -> r.pageId().equals(pageId)).findFirst();
    }
}
