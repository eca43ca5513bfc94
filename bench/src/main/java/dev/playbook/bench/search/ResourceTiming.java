package dev.playbook.bench.search;

import java.util.Objects;

/**
 * One entry of the browser's {@code performance.getEntriesByType('resource')}, times in milliseconds since
 * the page's time origin.
 *
 * @param transferSize    bytes over the wire, response headers included; 0 when served from a cache
 * @param encodedBodySize the body as sent (the gzip size when gzipped)
 * @param decodedBodySize the body after decoding: the file's own size
 */
public record ResourceTiming(String name, String initiatorType, double startTime, double responseEnd,
                             long transferSize, long encodedBodySize, long decodedBodySize) {
    public ResourceTiming {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initiatorType, "initiatorType");
        if (responseEnd < startTime) {
            throw new IllegalArgumentException("resource " + name + " ends (" + responseEnd
                    + " ms) before it starts (" + startTime + " ms)");
        }
    }

    /** The path of the URL, for display: {@code /search/data/t-ab12.js}. */
    public String path() {
        int scheme = name.indexOf("://");
        int slash = scheme < 0 ? 0 : name.indexOf('/', scheme + 3);
        String path = slash < 0 ? "/" : name.substring(slash);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
