package dev.playbook.bench.measure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasurementTest {
    @Test
    void readsStatLinesInOrderAndIgnoresOtherOutput() {
        Map<String, String> stats = Measurement.parseStats(List.of(
                "Building 3 pages", "stat pages 3", "stat stage.load.ms 12", "  stat stage.render.ms   40  ",
                "statistics are fun", "stat theme default theme", "stat pages 4"));

        assertEquals(List.of("pages", "stage.load.ms", "stage.render.ms", "theme"), List.copyOf(stats.keySet()));
        assertEquals("4", stats.get("pages"));
        assertEquals("40", stats.get("stage.render.ms"));
        assertEquals("default theme", stats.get("theme"));
    }

    @Test
    void prefersTheChildsOwnPeakMemoryOverThePolledOne() {
        ProcessRun own = new ProcessRun(List.of("x"), 0, 5, List.of("stat peak_rss_kb 2048"), "", 1000);
        ProcessRun polled = new ProcessRun(List.of("x"), 0, 5, List.of("stat pages 1"), "", 1000);

        assertEquals(2048, Measurement.of(own).peakRssKb());
        assertTrue(Measurement.of(own).rssFromChild());
        assertEquals(1000, Measurement.of(polled).peakRssKb());
        assertFalse(Measurement.of(polled).rssFromChild());
    }

    @Test
    void seriesTakesMediansAndKeepsNonNumericStats() {
        MeasuredSeries series = new MeasuredSeries("playbook", 100, List.of(
                measurement(3_000_000_000L, Map.of("stage.render.ms", "30", "mode", "full")),
                measurement(1_000_000_000L, Map.of("stage.render.ms", "10", "mode", "full")),
                measurement(2_000_000_000L, Map.of("stage.render.ms", "25", "mode", "fast"))), new FileTree(10, 2));

        assertEquals(2.0, series.medianWallSeconds(), 1e-9);
        assertEquals(1.0, series.minWallSeconds(), 1e-9);
        assertEquals(3.0, series.maxWallSeconds(), 1e-9);
        assertEquals(50.0, series.pagesPerSecond(), 1e-9);
        assertEquals("25", series.medianStat("stage.render.ms").orElseThrow());
        assertEquals("fast", series.medianStat("mode").orElseThrow());
        assertTrue(series.medianStat("absent").isEmpty());
        assertEquals(2.5, MeasuredSeries.median(new double[] {4, 1, 3, 2}), 1e-9);
    }

    private static Measurement measurement(long wallNanos, Map<String, String> stats) {
        return new Measurement(wallNanos, 1024, true, stats);
    }
}
