package dev.playbook.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of an extra may be given: an amount of money ({@code 25 USD}, {@code $25}), a duration
 * ({@code 30 minutes}) or a count ({@code 1 per order}). {@code text} is what the editor wrote,
 * shown as written; {@code value} and {@code unit} compare two limits.
 */
public record Amount(BigDecimal value, String unit, String text) {

    private static final Pattern FORM = Pattern.compile(
            "^\\s*([$€£])?\\s*([0-9]+(?:[.,][0-9]+)?)\\s*([A-Za-z][A-Za-z /-]*?)?\\s*$");
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("minute", "minutes"), Map.entry("minutes", "minutes"), Map.entry("min", "minutes"),
            Map.entry("mins", "minutes"), Map.entry("hour", "hours"), Map.entry("hours", "hours"),
            Map.entry("day", "days"), Map.entry("days", "days"), Map.entry("week", "weeks"), Map.entry("weeks", "weeks"));

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }

    /** Reads an amount as editors write it, or empty when it is not one. */
    public static Optional<Amount> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(',', '.'));
        String unit = m.group(1) != null ? SYMBOLS.get(m.group(1))
                : m.group(3) == null ? "" : m.group(3).strip();
        if (m.group(1) != null && m.group(3) != null) {
            return Optional.empty();
        }
        String lower = unit.toLowerCase(Locale.ROOT);
        unit = UNITS.getOrDefault(lower, unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)) ? unit : lower);
        return Optional.of(new Amount(value.stripTrailingZeros(), unit, text.strip()));
    }

    /** The same quantity, whatever the spelling ({@code $25} and {@code 25 USD}). */
    public boolean sameAs(Amount other) {
        return value.compareTo(other.value) == 0 && unit.equals(other.unit);
    }

    @Override
    public String toString() {
        return text;
    }
}
