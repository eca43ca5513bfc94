package dev.playbook.bench.search;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Everything measured on one corpus.
 *
 * @param buildSeconds the generator's wall time building the site, index and export included
 * @param page         the content page the cold queries start from, relative to the site
 * @param oneWord      the cold one-word runs
 * @param threeWords   the cold three-word runs
 */
public record SearchResult(int pages, double buildSeconds, IndexFootprint footprint, String page,
                           List<ColdQuery> oneWord, List<ColdQuery> threeWords, QueryTimes times) {
    public SearchResult {
        oneWord = List.copyOf(oneWord);
        threeWords = List.copyOf(threeWords);
        if (oneWord.isEmpty() || threeWords.isEmpty()) {
            throw new IllegalArgumentException("need at least one cold run of each query");
        }
    }

    /** The median over runs of a figure of a cold query. */
    public static double median(List<ColdQuery> runs, ToDoubleFunction<ColdQuery> figure) {
        return new Percentiles(runs.stream().mapToDouble(figure).toArray()).median();
    }
}
