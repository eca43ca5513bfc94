package dev.playbook.bench.search;

import java.util.List;

/**
 * One query typed into the header search box of a freshly opened page in a browser with an empty cache.
 *
 * @param query          what was typed
 * @param requests       every request from the first interaction (focus) until the results settled
 * @param withPage       search files the page had loaded before anyone touched the box
 * @param firstKeyMs     time of the first key press, page time origin
 * @param typingMs       first to last key press
 * @param wallMs         first key press to the last change of the shown results
 * @param shown          result options shown at the end
 */
public record ColdQuery(String query, List<ResourceTiming> requests, List<ResourceTiming> withPage,
                        double firstKeyMs, double typingMs, double wallMs, int shown) {
    public ColdQuery {
        requests = List.copyOf(requests);
        withPage = List.copyOf(withPage);
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

    public RequestChain chain() {
        return new RequestChain(requests);
    }

    public int sequentialRequests() {
        return chain().depth();
    }
}
