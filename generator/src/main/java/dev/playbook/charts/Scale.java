package dev.playbook.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis: a value domain widened to round ticks (steps of 1, 2 or 5 times a power of ten),
 * mapped onto a pixel range.
 */
record Scale(BigDecimal low, BigDecimal high, BigDecimal step, double from, double to) {

    /** An axis covering {@code min} to {@code max} with about {@code ticks} ticks, drawn from {@code from} to {@code to}. */
    static Scale nice(BigDecimal min, BigDecimal max, int ticks, double from, double to) {
        if (min.compareTo(max) == 0) {
            min = min.subtract(BigDecimal.ONE);
            max = max.add(BigDecimal.ONE);
        }
        BigDecimal range = max.subtract(min);
        double rough = range.doubleValue() / Math.max(1, ticks - 1);
        int power = (int) Math.floor(Math.log10(rough));
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(power);
        BigDecimal step = unit;
        for (int factor : new int[] {1, 2, 5, 10}) {
            step = unit.multiply(BigDecimal.valueOf(factor));
            if (step.doubleValue() >= rough) {
                break;
            }
        }
        BigDecimal low = floor(min, step);
        BigDecimal high = ceil(max, step);
        return new Scale(low, high, step.stripTrailingZeros(), from, to);
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
    }

    private static BigDecimal ceil(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
    }

    double at(BigDecimal value) {
        double share = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return from + share * (to - from);
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** Decimals the tick labels need. */
    int tickScale() {
        return Math.max(0, step.scale());
    }
}
