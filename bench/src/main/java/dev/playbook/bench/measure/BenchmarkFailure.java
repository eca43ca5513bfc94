package dev.playbook.bench.measure;

/** A benchmark that cannot go on: a missing jar, a build that exited non-zero, an unusable setting. */
public final class BenchmarkFailure extends Exception {
    public BenchmarkFailure(String message) {
        super(message);
    }
}
