package dev.playbook.bench.search;

import java.util.List;

/**
 * One query typed into the header search box of a freshly opened page in a browser with an empty cache.
 * Times are milliseconds since the page's time origin.
 *
 * @param query      what was typed
 * @param requests   every request from the click into the box until the results settled
 * @param withPage   search files the page had loaded before anyone touched the box
 * @param focusMs    when the box got focus (the click)
 * @param keys       when each key was pressed
 * @param resultsMs  the last change of the shown results
 * @param shown      result options shown at the end
 */
public record ColdQuery(String query, List<ResourceTiming> requests, List<ResourceTiming> withPage,
                        double focusMs, List<Double> keys, double resultsMs, int shown) {
    public ColdQuery {
        requests = List.copyOf(requests);
        withPage = List.copyOf(withPage);
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key press recorded for \"" + query + "\"");
        }
    }

    public double firstKeyMs() {
        return keys.get(0);
    }

    public double typingMs() {
        return keys.get(keys.size() - 1) - firstKeyMs();
    }

    /** First key press to results shown, as the brief for cold queries counts it (typing included). */
    public double wallMs() {
        return resultsMs - firstKeyMs();
    }

    /** Last key press to results shown: what a reader waits once done typing. */
    public double afterTypingMs() {
        return resultsMs - keys.get(keys.size() - 1);
    }

    public long rawBytes() {
        return requests.stream().mapToLong(ResourceTiming::decodedBodySize).sum();
    }

    public long gzipBytes() {
        return requests.stream().mapToLong(ResourceTiming::encodedBodySize).sum();
    }

    public long transferBytes() {
        return requests.stream().mapToLong(ResourceTiming::transferSize).sum();
    }

    public int requestCount() {
        return requests.size();
    }

    /** The requests' dependency chain, links across a key press left out. */
    public RequestChain chain() {
        return new RequestChain(requests, keys);
    }

    public int sequentialRequests() {
        return chain().depth();
    }
}
