package dev.playbook.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Every number a chart writes, formatted the same way on every machine: values with the metric's
 * decimals and unit, coordinates with one decimal and no exponent, dates in English.
 */
public final class Numbers {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private Numbers() {
    }

    /** {@code 84.2} with scale 1; never {@code 84.20000001} or {@code 8.42E+1}. */
    public static String plain(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** A value with its unit: {@code 84.2%}, {@code 38 points}. */
    public static String withUnit(BigDecimal value, int scale, String unit) {
        String number = plain(value, scale);
        return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** A difference between two values: {@code 1.2 percentage points}, {@code 3 points}. */
    public static String gap(BigDecimal value, int scale, String unit) {
        String number = plain(value.abs(), scale);
        if (unit.equals("%")) {
            return number + " percentage " + (value.abs().compareTo(BigDecimal.ONE) == 0 ? "point" : "points");
        }
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A coordinate: one decimal, trailing zero dropped. */
    static String coord(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : rounded.toPlainString();
    }

    /** {@code October 2026}. */
    public static String month(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code 1 October 2026}. */
    public static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date);
    }

    /** {@code Oct 2026}, for axis labels. */
    static String shortMonth(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1].substring(0, 3) + " " + date.getYear();
    }
}
