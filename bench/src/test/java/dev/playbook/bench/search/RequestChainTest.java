package dev.playbook.bench.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestChainTest {
    @Test
    void parallelRequestsCountOnceAndEachWaitAddsOne() {
        // Runtime and manifest in parallel; the shard once the manifest is in; postings and a block
        // together once the shard is in.
        ResourceTiming runtime = timing("/assets/js/search/engine.js", 2, 9);
        ResourceTiming manifest = timing("/search/manifest.js", 3, 6);
        ResourceTiming shard = timing("/search/data/t-1.js", 9.5, 14);
        ResourceTiming postings = timing("/search/data/p-1.js", 15, 22);
        ResourceTiming block = timing("/search/data/b-1.js", 15, 18);

        RequestChain chain = new RequestChain(List.of(block, postings, shard, manifest, runtime));

        assertEquals(3, chain.depth());
        assertEquals(List.of(runtime, shard, postings), chain.longest());
        assertEquals(List.of(runtime, manifest, shard, block, postings), chain.requests());
    }

    @Test
    void aRealThreeWordQueryTypedAtAQuickPaceWaitsForFourRequestsInARow() throws IOException {
        // Recorded in Chromium; see the fixture's header. Typing spreads the loads over four seconds.
        List<ResourceTiming> requests = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        try (InputStream in = RequestChainTest.class.getResourceAsStream("cold-three-words-1000.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (line.startsWith("#")) {
                    continue;
                } else if (cells[0].equals("keys")) {
                    Arrays.stream(cells[1].split(" ")).map(Double::valueOf).forEach(keys::add);
                } else {
                    requests.add(new ResourceTiming("http://127.0.0.1:8080" + cells[0], "script", Double.parseDouble(cells[1]),
                            Double.parseDouble(cells[2]), 0, Long.parseLong(cells[4]), Long.parseLong(cells[3])));
                }
            }
        }
        assertEquals(28, requests.size());
        assertEquals(21, keys.size());

        RequestChain chain = new RequestChain(requests, keys);

        assertEquals(4, chain.depth());
        assertEquals(List.of("/search/data/t-136a92de4176.js", "/search/data/p-b6c0b29db476.js",
                "/search/data/b-e6f77193f367.js", "/search/data/b-4fd64546daaa.js"),
                chain.longest().stream().map(ResourceTiming::path).toList());
        // Without the key presses every pause in typing would count as a wait for the network.
        assertEquals(10, new RequestChain(requests).depth());
    }

    @Test
    void aKeyPressBetweenTwoRequestsUnlinksThem() {
        ResourceTiming shard = timing("/search/data/t-1.js", 0, 10);
        ResourceTiming next = timing("/search/data/t-2.js", 30, 40);

        assertEquals(2, new RequestChain(List.of(shard, next)).depth());
        assertEquals(1, new RequestChain(List.of(shard, next), List.of(20.0)).depth());
        assertEquals(2, new RequestChain(List.of(shard, next), List.of(5.0, 41.0)).depth());
    }

    @Test
    void aRequestStartingTheMomentAnotherEndsWaitedForIt() {
        assertEquals(2, new RequestChain(List.of(timing("/a", 0, 5), timing("/b", 5, 6))).depth());
        assertEquals(1, new RequestChain(List.of(timing("/a", 0, 5), timing("/b", 4.9, 6))).depth());
    }

    @Test
    void noRequestsNoChain() {
        assertEquals(0, new RequestChain(List.of()).depth());
        assertEquals(List.of(), new RequestChain(List.of()).longest());
    }

    @Test
    void aTimingThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> timing("/x", 5, 4));
    }

    @Test
    void pathsLeaveOutHostAndQuery() {
        assertEquals("/search/data/t-1.js", timing("http://127.0.0.1:8080/search/data/t-1.js?v=2", 0, 1).path());
        assertEquals("/", timing("http://127.0.0.1:8080", 0, 1).path());
    }

    private static ResourceTiming timing(String name, double start, double end) {
        return new ResourceTiming(name, "script", start, end, 300, 100, 200);
    }
}
