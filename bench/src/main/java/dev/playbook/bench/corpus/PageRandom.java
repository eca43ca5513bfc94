package dev.playbook.bench.corpus;

import java.util.Random;

/**
 * One independent random stream per page and purpose, so a page's content depends only on the seed and its
 * index: pages can be written in any order, or in parallel, and still come out byte-identical.
 */
enum PageRandom {
    TYPE, TITLE, PLAN, FRONT_MATTER, BODY;

    Random of(long seed, int page) {
        // SplitMix64 finaliser: neighbouring seeds and pages give unrelated streams.
        long z = seed + page * 0x9E3779B97F4A7C15L + (ordinal() + 1) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
