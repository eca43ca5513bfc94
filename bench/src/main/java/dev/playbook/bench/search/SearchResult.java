package dev.playbook.bench.search;

import java.util.List;

/**
 * Everything measured on one corpus.
 *
 * @param buildSeconds the generator's wall time building the site, index and export included
 * @param page         the content page the cold queries start from, relative to the site
 * @param cold         the cold queries, each typed and pasted
 */
public record SearchResult(int pages, double buildSeconds, IndexFootprint footprint, String page,
                           List<ColdSeries> cold, QueryTimes times) {
    public SearchResult {
        cold = List.copyOf(cold);
        if (cold.isEmpty()) {
            throw new IllegalArgumentException("need at least one cold query");
        }
    }
}
