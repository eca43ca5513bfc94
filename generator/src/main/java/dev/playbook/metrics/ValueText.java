package dev.playbook.metrics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured value as written: a plain number ({@code 84.2}, {@code +34}, {@code -3}), optionally
 * followed by the metric's unit ({@code 84.2%}, {@code 38 points}). Any other unit is a mismatch.
 */
final class ValueText {

    private static final Pattern NUMBER = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(\\s*)(.*)");

    /** A number, or why the text is not one. */
    record Parsed(Optional<BigDecimal> value, String problem) { }

    private ValueText() {
    }

    static Parsed parse(String text, String unit, String what) {
        String trimmed = text.strip();
        Matcher matcher = NUMBER.matcher(trimmed);
        if (trimmed.isEmpty() || !matcher.matches()) {
            return new Parsed(Optional.empty(), what + " must be a number such as \"84.2\"" + (unit.isEmpty() ? "" : " or \"84.2"
                    + (unit.equals("%") ? "" : " ") + unit + "\"") + ", found \"" + text + "\"");
        }
        String suffix = matcher.group(3).strip();
        boolean attached = !suffix.isEmpty() && matcher.group(2).isEmpty();
        if (attached && Character.isLetterOrDigit(suffix.charAt(0)) && !suffix.equalsIgnoreCase(unit.strip())) {
            return new Parsed(Optional.empty(), what + " must be a number such as \"84.2\", found \"" + text + "\"");
        }
        if (!suffix.isEmpty() && !suffix.toLowerCase(Locale.ROOT).equals(unit.strip().toLowerCase(Locale.ROOT))) {
            return new Parsed(Optional.empty(), "unit mismatch: " + what + " \"" + text + "\" is in \"" + suffix
                    + "\", but the metric is measured in " + (unit.isEmpty() ? "plain numbers" : "\"" + unit + "\"")
                    + "; convert it or drop the unit");
        }
        String digits = matcher.group(1);
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.precision() - value.scale() > 12 || value.scale() > 6) {
            return new Parsed(Optional.empty(), what + " \"" + text + "\" is out of range: use at most 12 digits before"
                    + " the point and 6 after");
        }
        return new Parsed(Optional.of(value), "");
    }
}
