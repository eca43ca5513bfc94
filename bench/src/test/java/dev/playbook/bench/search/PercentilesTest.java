package dev.playbook.bench.search;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentilesTest {
    @Test
    void nearestRankOfOneToHundredIsThePercentItself() {
        Percentiles p = new Percentiles(IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray());

        assertEquals(50, p.median());
        assertEquals(95, p.at(95));
        assertEquals(1, p.at(0.5));
        assertEquals(100, p.at(100));
        assertEquals(100, p.max());
    }

    @Test
    void everyPercentileIsAMeasuredValue() {
        Percentiles p = new Percentiles(new double[] {4.2, 0.3, 1.1});

        assertEquals(1.1, p.median());
        assertEquals(4.2, p.at(95));
        assertEquals(0.3, p.at(33));
        assertEquals(1.1, p.at(34));
    }

    @Test
    void medianOfAnEvenSampleIsTheLowerMiddle() {
        assertEquals(2, new Percentiles(new double[] {3, 1, 2, 4}).median());
    }

    @Test
    void refusesAnEmptySampleAndPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new double[0]));
        Percentiles p = new Percentiles(new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> p.at(0));
        assertThrows(IllegalArgumentException.class, () -> p.at(101));
        assertThrows(IllegalArgumentException.class, () -> p.at(Double.NaN));
    }
}
