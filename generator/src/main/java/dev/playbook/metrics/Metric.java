package dev.playbook.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric as its page declares it: what it measures, in which unit, which way is better, its
 * targets and its measurements, sorted by date within each series.
 *
 * @param pageId     the page that declares it, where its chart is drawn
 * @param target     the target of the metric as a whole (and of every group without its own)
 * @param groups     in the order the page lists them
 */
public record Metric(String id, String pageId, String title, String definition, String unit, Direction direction,
                     Optional<BigDecimal> target, List<Group> groups, List<Measurement> measurements) {

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        groups = List.copyOf(groups);
        measurements = measurements.stream()
                .sorted(java.util.Comparator.comparing(Measurement::date).thenComparing(Measurement::group)).toList();
    }

    /** The measurements of one group ({@code ""}: the metric as a whole), oldest first. */
    public List<Measurement> series(String group) {
        return measurements.stream().filter(m -> m.group().equals(group)).toList();
    }

    /** Whether there are measurements of the metric as a whole. */
    public boolean hasOverall() {
        return measurements.stream().anyMatch(m -> m.group().isEmpty());
    }

    public Optional<BigDecimal> targetOf(String group) {
        return groups.stream().filter(g -> g.id().equals(group)).findFirst().flatMap(Group::target).or(() -> target);
    }

    /** The latest value of a series against its target, when it has both. */
    public Optional<Standing> standing(String group) {
        List<Measurement> series = series(group);
        Optional<BigDecimal> goal = targetOf(group);
        if (series.isEmpty() || goal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Standing.of(series.get(series.size() - 1), goal.get(), direction));
    }

    /** The date of the latest measurement of any series. */
    public Optional<LocalDate> latestDate() {
        return measurements.isEmpty() ? Optional.empty() : Optional.of(measurements.get(measurements.size() - 1).date());
    }

    /** The series shown: the metric as a whole (when measured), then each group that has measurements. */
    public List<String> seriesNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (hasOverall()) {
            names.add("");
        }
        groups.stream().map(Group::id).filter(id -> !series(id).isEmpty()).forEach(names::add);
        return names;
    }

    public String groupTitle(String group) {
        return group.isEmpty() ? "Overall" : groups.stream().filter(g -> g.id().equals(group)).findFirst().map(Group::title).orElse(group);
    }

    /** The number of decimals values are written with: the most any measurement or target has. */
    public int scale() {
        int scale = 0;
        for (Measurement m : measurements) {
            scale = Math.max(scale, Math.max(0, m.value().stripTrailingZeros().scale()));
        }
        for (BigDecimal t : target.stream().toList()) {
            scale = Math.max(scale, Math.max(0, t.stripTrailingZeros().scale()));
        }
        for (Group g : groups) {
            scale = Math.max(scale, g.target().map(t -> Math.max(0, t.stripTrailingZeros().scale())).orElse(0));
        }
        return Math.min(scale, 4);
    }
}
