package dev.playbook.bench.search;

import org.junit.jupiter.api.Test;

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
