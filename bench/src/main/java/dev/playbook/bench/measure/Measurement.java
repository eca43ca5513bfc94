package dev.playbook.bench.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One timed build.
 *
 * @param peakRssKb     the child's own VmHWM when it reported one, else the parent's polled figure
 * @param rssFromChild  whether {@code peakRssKb} is the child's own figure
 * @param stats         every {@code stat <key> <value>} line the child printed, in order, the last value winning
 */
record Measurement(long wallNanos, long peakRssKb, boolean rssFromChild, Map<String, String> stats) {
    static final String PEAK_RSS_KEY = "peak_rss_kb";

    Measurement {
        stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }

    static Measurement of(ProcessRun run) {
        Map<String, String> stats = parseStats(run.stdout());
        String ownPeak = stats.get(PEAK_RSS_KEY);
        if (ownPeak != null) {
            try {
                return new Measurement(run.wallNanos(), Long.parseLong(ownPeak), true, stats);
            } catch (NumberFormatException e) {
                // Not a number: fall back to the polled figure below rather than invent one.
            }
        }
        return new Measurement(run.wallNanos(), run.polledPeakRssKb(), false, stats);
    }

    /** Reads lines of the form {@code stat <key> <value>}; other output is ignored. */
    static Map<String, String> parseStats(List<String> lines) {
        Map<String, String> stats = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+", 3);
            if (parts.length == 3 && parts[0].equals("stat")) {
                stats.put(parts[1], parts[2]);
            }
        }
        return stats;
    }
}
