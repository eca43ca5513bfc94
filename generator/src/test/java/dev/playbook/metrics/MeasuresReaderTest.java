package dev.playbook.metrics;

import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.load.DataFile;
import dev.playbook.testing.Positioned;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metric and rollout readers on real front matter and data files: good data becomes records,
 * and each kind of bad data is a problem at the line and column of the value or cell at fault.
 */
class MeasuresReaderTest {

    private static final String PAGE = "metrics/csat.md";
    private static final String DISPLAY = "playbook/metrics/csat.md";

    /** Front matter lines as the page holds them; the page's line 1 is {@code ---}, so this text starts on line 2. */
    private static final String METRIC = """
            title: CSAT
            metric:
              definition: Share of customers rating us 4 or 5.
              unit: "%"
              direction: higher
              target: 84
              groups:
                - id: west
                  title: West
                  target: 85
                - id: east
                  title: East
              data: csat.csv
            """;

    private final Problems problems = new Problems();

    private Measures read(String frontMatter, DataFile... data) {
        try {
            YamlDocument doc = YamlDocument.parse(frontMatter, DISPLAY, 2);
            return MeasuresReader.read(List.of(new Declaring("csat", "CSAT", PAGE, doc)), List.of(data), problems);
        } catch (dev.playbook.config.YamlException e) {
            throw new AssertionError(e.problem().format(), e);
        }
    }

    private static DataFile csv(String text) {
        return new DataFile("metrics/csat.csv", "playbook/metrics/csat.csv", text);
    }

    private List<String> formatted() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private void assertOneError(String where, String words) {
        List<Problem> errors = problems.sorted().stream().filter(p -> p.severity() == dev.playbook.diag.Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + formatted());
        String line = errors.get(0).format();
        assertTrue(line.startsWith(where + ": "), () -> "expected at " + where + ": " + line);
        assertTrue(line.contains(words), () -> "expected \"" + words + "\" in " + line);
    }

    @Test
    void aGoodMetricIsReadWithItsGroupsTargetsAndMeasurementsInDateOrder() {
        Measures measures = read(METRIC, csv("date,value,group\n2026-01-31,83.1,\n2026-01-31,85.5,west\n2026-02-28,84.2%,\n"
                + "2026-01-31,82,east\n2026-02-28,\"81.5\",east\n"));
        assertEquals(List.of(), formatted());
        Metric metric = measures.metrics().get(0);
        assertEquals("csat", metric.id());
        assertEquals(Direction.HIGHER, metric.direction());
        assertEquals(List.of(new Measurement(LocalDate.parse("2026-01-31"), new BigDecimal("83.1"), ""),
                new Measurement(LocalDate.parse("2026-02-28"), new BigDecimal("84.2"), "")), metric.series(""));
        assertEquals(new BigDecimal("85"), metric.targetOf("west").orElseThrow());
        assertEquals(new BigDecimal("84"), metric.targetOf("east").orElseThrow());
        Standing east = metric.standing("east").orElseThrow();
        assertFalse(east.met());
        assertEquals(new BigDecimal("-2.5"), east.gap());
        assertTrue(metric.standing("").orElseThrow().met());
        assertEquals(List.of("", "west", "east"), metric.seriesNames());
    }

    @Test
    void lowerIsBetterTurnsTheGapAround() {
        Measures measures = read("""
                metric:
                  definition: Contacts about the same case within 7 days.
                  unit: "%"
                  direction: lower
                  target: 15
                  measurements:
                    - {date: 2026-01-31, value: 18}
                    - {date: 2026-02-28, value: 14.5}
                """);
        assertEquals(List.of(), formatted());
        Standing standing = measures.metrics().get(0).standing("").orElseThrow();
        assertTrue(standing.met());
        assertEquals(new BigDecimal("0.5"), standing.gap());
    }

    @Test
    void anUnknownGroupInACsvCellIsAnErrorAtThatCell() {
        read(METRIC, csv("date,value,group\n2026-01-31,83.1,west\n2026-01-31,82.0,  wset\n"));
        assertOneError("playbook/metrics/csat.csv:3:17", "unknown group \"wset\" (did you mean \"west\"?)");
    }

    @Test
    void aDateOutOfOrderIsAnErrorAtItsCellNamingTheLaterOne() {
        read(METRIC, csv("date,value,group\n2026-02-28,83.1,\n2026-01-31,82.0,\n"));
        assertOneError("playbook/metrics/csat.csv:3:1", "date 2026-01-31 is out of order: it comes after 2026-02-28 (at line 2");
    }

    @Test
    void aDateGivenTwiceForOneSeriesIsAnError() {
        read(METRIC, csv("date,value,group\n2026-01-31,83.1,west\n2026-01-31,83.0,\n2026-01-31,84.0,west\n"));
        assertOneError("playbook/metrics/csat.csv:4:1", "duplicate date 2026-01-31 for group \"west\" (first given at line 2, column 1)");
    }

    @Test
    void aValueThatIsNotANumberIsAnErrorAtItsCell() {
        read(METRIC, csv("date,value,group\n2026-01-31,eighty,\n"));
        assertOneError("playbook/metrics/csat.csv:2:12", "the value must be a number such as \"84.2\" or \"84.2%\", found \"eighty\"");
    }

    @Test
    void aValueInAnotherUnitIsAUnitMismatch() {
        read(METRIC, csv("date,value,group\n2026-01-31,7 days,\n"));
        assertOneError("playbook/metrics/csat.csv:2:12", "unit mismatch: the value \"7 days\" is in \"days\", but the metric is measured in \"%\"");
    }

    @Test
    void aYamlDataFileInAnotherUnitIsAUnitMismatchAtItsUnit() {
        read(METRIC.replace("csat.csv", "csat.yml"), new DataFile("metrics/csat.yml", "playbook/metrics/csat.yml",
                "unit: points\nmeasurements:\n  - {date: 2026-01-31, value: 83}\n"));
        assertOneError("playbook/metrics/csat.yml:1:7", "unit mismatch: this file is in \"points\"");
    }

    @Test
    void aMissingTargetNamesTheSeriesWithoutOne() {
        read(METRIC.replace("  target: 84\n", ""), csv("date,value,group\n2026-01-31,83.1,\n"));
        assertOneError(DISPLAY + ":3:1", "target missing for the metric as a whole, East");
    }

    @Test
    void badInlineMeasurementsArePositionedInTheFrontMatter() {
        read("""
                metric:
                  definition: CSAT.
                  unit: "%"
                  direction: up
                  target: 84
                  measurements:
                    - {date: 2026-13-01, value: 80}
                    - {date: 2026-01-31, value: 8O}
                """);
        List<String> all = formatted();
        assertEquals(3, all.size(), all::toString);
        assertTrue(all.get(0).startsWith(DISPLAY + ":5:14: error: this metric needs \"direction: higher\""), all::toString);
        assertTrue(all.get(1).startsWith(DISPLAY + ":8:14: error: the date must be written YYYY-MM-DD, found \"2026-13-01\""), all::toString);
        assertTrue(all.get(2).startsWith(DISPLAY + ":9:33: error: the value must be a number"), all::toString);
    }

    @Test
    void aMissingDataFileAndABrokenCsvAreProblemsNotCrashes() {
        read(METRIC.replace("csat.csv", "nowhere.csv"));
        assertOneError(DISPLAY + ":14:9", "no data file \"nowhere.csv\" beside this page");
        problems.sorted();
        Problems more = new Problems();
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(METRIC, DISPLAY, 2);
        } catch (dev.playbook.config.YamlException e) {
            throw new AssertionError(e);
        }
        String broken = "date,value\n\"2026-01-31,80\n";
        MeasuresReader.read(List.of(new Declaring("csat", "CSAT", PAGE, doc)), List.of(csv(broken)), more);
        assertFalse(more.sorted().isEmpty());
        Positioned.assertPositioned(more.sorted(), Map.of("playbook/metrics/csat.csv", broken, DISPLAY, METRIC));
        assertTrue(more.sorted().stream().anyMatch(p -> p.format().startsWith("playbook/metrics/csat.csv:2:1: error: this quoted cell is never closed")),
                () -> more.sorted().toString());
    }

    @Test
    void aCsvRowWithTooFewCellsAndAnUnknownColumnArePositioned() {
        read(METRIC, csv("date,value,group,note\n2026-01-31,83.1\n"));
        List<String> all = formatted();
        assertEquals(2, all.size(), all::toString);
        assertTrue(all.get(0).startsWith("playbook/metrics/csat.csv:1:18: warning: unknown column \"note\""), all::toString);
        assertTrue(all.get(1).startsWith("playbook/metrics/csat.csv:2:1: error: this row has 2 cells but the header has 4"), all::toString);
    }

    @Test
    void rolloutPhasesAreReadInOrderAndBadDatesArePositioned() {
        Measures measures = read("""
                rollout:
                  phases:
                    - {name: Crawl, start: 2026-05-04, end: 2026-06-28, owner: Care manager, training: [Standards]}
                    - {name: Walk, start: 2026-07-06, end: 2026-10-04, owner: Leads}
                    - {name: Run, start: 2026-10-05, owner: Every leader}
                """);
        assertEquals(List.of(), formatted());
        RolloutPlan plan = measures.rolloutOf("csat").orElseThrow();
        assertEquals(List.of("Crawl", "Walk", "Run"), plan.phases().stream().map(Phase::title).toList());
        assertTrue(plan.phases().get(2).contains(LocalDate.parse("2027-01-01")));
        assertEquals(List.of("Standards"), plan.phases().get(0).training());

        Problems bad = new Problems();
        try {
            MeasuresReader.read(List.of(new Declaring("p", "P", "p.md", YamlDocument.parse("""
                    rollout:
                      phases:
                        - {name: Crawl, start: 2026-05-04, end: 2026-04-28, owner: A}
                        - {name: Walk, start: 4 May, owner: B}
                    """, "p.md", 2))), List.of(), bad);
        } catch (dev.playbook.config.YamlException e) {
            throw new AssertionError(e);
        }
        List<String> all = bad.sorted().stream().map(Problem::format).toList();
        assertEquals(2, all.size(), all::toString);
        assertTrue(all.get(0).startsWith("p.md:4:45: error: \"end\" (2026-04-28) is before \"start\" (2026-05-04)"), all::toString);
        assertTrue(all.get(1).startsWith("p.md:5:27: error: \"start\" must be a date written YYYY-MM-DD, found \"4 May\""), all::toString);
    }
}
