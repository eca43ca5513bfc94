package dev.playbook.bench.search;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The cold runs of one query entered one way.
 *
 * @param figure prefix of its figure lines, e.g. {@code search.cold1} or {@code search.cold1.pasted}
 */
public record ColdSeries(String figure, List<ColdQuery> runs) {
    public ColdSeries {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no cold runs for " + figure);
        }
    }

    public String query() {
        return runs.get(0).query();
    }

    public boolean pasted() {
        return runs.get(0).pasted();
    }

    /** The median over runs of a figure (nearest rank: the lower middle of an even count). */
    public double median(ToDoubleFunction<ColdQuery> figure) {
        return new Percentiles(runs.stream().mapToDouble(figure).toArray()).median();
    }
}
