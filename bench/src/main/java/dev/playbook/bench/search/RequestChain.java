package dev.playbook.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many requests a query waits for one after another. A request that starts only after another has
 * ended may have needed it (the manifest names the shard, the shard names the postings), so the chain
 * depth is the longest run of requests each starting after the previous one ended; requests that overlap
 * count once. On a slow network each link of the chain costs a full round trip.
 *
 * <p>While a reader types, a request may start after another ended only because a key was pressed in
 * between (the next word needs its own shard): such a pair is no link. So, given the key presses, a
 * request depends on an earlier one only when no key was pressed from the earlier one's end to its start.
 */
public final class RequestChain {
    private final List<ResourceTiming> requests;
    private final double[] keys;
    private final List<ResourceTiming> longest;

    /** Every request that starts after another ended depends on it. */
    public RequestChain(List<ResourceTiming> requests) {
        this(requests, List.of());
    }

    /** As {@link #RequestChain(List)}, except across a key press. */
    public RequestChain(List<ResourceTiming> requests, List<Double> keyPresses) {
        this.requests = requests.stream().sorted(Comparator.comparingDouble(ResourceTiming::startTime)
                .thenComparingDouble(ResourceTiming::responseEnd)).toList();
        this.keys = keyPresses.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        this.longest = longestChain();
    }

    /** Every request, in start order. */
    public List<ResourceTiming> requests() {
        return requests;
    }

    /** The number of requests in the longest chain; 0 without requests. */
    public int depth() {
        return longest.size();
    }

    /** One longest chain, first request first. */
    public List<ResourceTiming> longest() {
        return longest;
    }

    /** Longest path by request count; between equals, the one ending last: the critical path. */
    private List<ResourceTiming> longestChain() {
        List<ResourceTiming> sorted = requests;
        int n = sorted.size();
        int[] depth = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            depth[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (waitedFor(sorted.get(j), sorted.get(i)) && beats(depth[j] + 1, j, depth[i], previous[i], sorted)) {
                    depth[i] = depth[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || beats(depth[i], i, depth[best], best, sorted)) {
                best = i;
            }
        }
        List<ResourceTiming> chain = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            chain.add(0, sorted.get(i));
        }
        return List.copyOf(chain);
    }

    private boolean waitedFor(ResourceTiming earlier, ResourceTiming later) {
        if (earlier.responseEnd() > later.startTime()) {
            return false;
        }
        int key = Arrays.binarySearch(keys, earlier.responseEnd());
        int next = key >= 0 ? key : -key - 1;
        return next >= keys.length || keys[next] > later.startTime();
    }

    /** Whether (depth, request a) beats (depth, request b): deeper, or as deep and ending later. */
    private static boolean beats(int depthA, int a, int depthB, int b, List<ResourceTiming> sorted) {
        if (depthA != depthB) {
            return depthA > depthB;
        }
        return b < 0 || sorted.get(a).responseEnd() > sorted.get(b).responseEnd();
    }
}
