package dev.playbook.bench.search;

import java.util.List;

/**
 * One query typed into the header search box of a freshly opened page in a browser with an empty cache.
 * Times are milliseconds since the page's time origin.
 *
 * @param query      what was entered
 * @param pasted     entered in one go (one input event) rather than typed a key at a time
 * @param requests   every request started from the click into the box until the results settled
 * @param withPage   search files the page had loaded before anyone touched the box
 * @param focusMs    when the box was clicked (pointer down) or got focus, whichever came first
 * @param inputs     when the box's text changed: once per key typed, once for a paste
 * @param resultsMs  the last change of the shown results
 * @param shown      result options shown at the end
 */
public record ColdQuery(String query, boolean pasted, List<ResourceTiming> requests, List<ResourceTiming> withPage,
                        double focusMs, List<Double> inputs, double resultsMs, int shown) {
    public ColdQuery {
        requests = List.copyOf(requests);
        withPage = List.copyOf(withPage);
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input recorded for \"" + query + "\"");
        }
    }

    /** The first key press, or the paste. */
    public double firstInputMs() {
        return inputs.get(0);
    }

    public double typingMs() {
        return inputs.get(inputs.size() - 1) - firstInputMs();
    }

    /** First key press (or the paste) to results shown, typing included. */
    public double wallMs() {
        return resultsMs - firstInputMs();
    }

    /** Last key press (or the paste) to results shown: what a reader waits once done typing. */
    public double afterTypingMs() {
        return resultsMs - inputs.get(inputs.size() - 1);
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
        return new RequestChain(requests, inputs);
    }

    public int sequentialRequests() {
        return chain().depth();
    }
}
