package dev.playbook.bench.search;

import java.util.List;

/**
 * Warm query times in the browser, milliseconds, one per query in order.
 *
 * @param search      {@code engine.search}: ranking and display
 * @param rank        {@code engine.rank}: ranking only
 * @param hits        hits {@code engine.search} returned per query
 */
public record QueryTimes(List<String> queries, double[] search, double[] rank, int[] hits) {
    public QueryTimes {
        queries = List.copyOf(queries);
        if (search.length != queries.size() || rank.length != queries.size() || hits.length != queries.size()) {
            throw new IllegalArgumentException("expected " + queries.size() + " times per engine call, got "
                    + search.length + " search, " + rank.length + " rank, " + hits.length + " hit counts");
        }
        search = search.clone();
        rank = rank.clone();
        hits = hits.clone();
    }

    public Percentiles searchPercentiles() {
        return new Percentiles(search);
    }

    public Percentiles rankPercentiles() {
        return new Percentiles(rank);
    }

    public long queriesWithoutHits() {
        return java.util.Arrays.stream(hits).filter(h -> h == 0).count();
    }
}
