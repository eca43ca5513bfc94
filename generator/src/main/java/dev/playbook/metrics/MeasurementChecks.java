package dev.playbook.metrics;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;
import dev.playbook.diag.Suggestions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns written measurements into {@link Measurement}s: dates are {@code YYYY-MM-DD}, values are
 * numbers in the metric's unit, groups are the metric's, and each series runs oldest first with no
 * date twice. Every mistake is a problem at its value; an entry with one is left out.
 */
final class MeasurementChecks {

    private MeasurementChecks() {
    }

    static List<Measurement> check(List<Entry> entries, String unit, List<Group> groups, Problems problems) {
        List<String> ids = groups.stream().map(Group::id).toList();
        Map<String, LocalDate> lastDate = new HashMap<>();
        Map<String, SourcePosition> lastAt = new HashMap<>();
        Map<String, Map<LocalDate, SourcePosition>> seen = new HashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<LocalDate> date = date(entry, problems);
            Optional<BigDecimal> value = value(entry, unit, problems);
            String group = entry.group().strip();
            boolean known = group.isEmpty() || ids.contains(group);
            if (!known) {
                problems.error(entry.groupAt(), "unknown group \"" + group + "\"" + Suggestions.didYouMean(group, ids)
                        + (ids.isEmpty() ? "; this metric declares no groups: list them under \"groups:\" on its page"
                        : "; this metric's groups are " + String.join(", ", ids) + " (leave the group empty for the metric as a whole)"));
            }
            if (date.isEmpty()) {
                continue;
            }
            Map<LocalDate, SourcePosition> dates = seen.computeIfAbsent(group, g -> new HashMap<>());
            SourcePosition first = dates.get(date.get());
            String series = group.isEmpty() ? "the metric as a whole" : "group \"" + group + "\"";
            if (first != null) {
                problems.error(entry.dateAt(), "duplicate date " + date.get() + " for " + series + " (first given at "
                        + place(first) + "); keep one measurement per date");
                continue;
            }
            dates.put(date.get(), entry.dateAt());
            LocalDate previous = lastDate.get(group);
            if (previous != null && date.get().isBefore(previous)) {
                problems.error(entry.dateAt(), "date " + date.get() + " is out of order: it comes after " + previous
                        + " (at " + place(lastAt.get(group)) + ") for " + series + "; list measurements oldest first");
            } else {
                lastDate.put(group, date.get());
                lastAt.put(group, entry.dateAt());
            }
            if (value.isPresent() && known) {
                measurements.add(new Measurement(date.get(), value.get(), group));
            }
        }
        return measurements;
    }

    private static String place(SourcePosition at) {
        return "line " + at.line() + (at.column() > 0 ? ", column " + at.column() : "");
    }

    private static Optional<LocalDate> date(Entry entry, Problems problems) {
        String text = entry.date().strip();
        if (text.isEmpty()) {
            problems.error(entry.dateAt(), "this measurement needs a date, written YYYY-MM-DD");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.error(entry.dateAt(), "the date must be written YYYY-MM-DD, found \"" + entry.date() + "\"");
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> value(Entry entry, String unit, Problems problems) {
        if (entry.number().isPresent()) {
            return entry.number();
        }
        ValueText.Parsed parsed = ValueText.parse(entry.value(), unit, "the value");
        if (parsed.value().isEmpty()) {
            problems.error(entry.valueAt(), parsed.problem());
        }
        return parsed.value();
    }
}
