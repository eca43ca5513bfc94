package dev.playbook.bench.search;

import java.util.Arrays;

/** Percentiles of a sample by the nearest-rank method: every figure reported is one that was measured. */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("no values to take percentiles of");
        }
        this.sorted = sample.clone();
        Arrays.sort(this.sorted);
    }

    /** The smallest value with at least {@code p} percent of the sample at or below it; {@code p} in (0, 100]. */
    public double at(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    public double median() {
        return at(50);
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public int size() {
        return sorted.length;
    }
}
