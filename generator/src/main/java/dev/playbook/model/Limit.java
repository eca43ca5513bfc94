package dev.playbook.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One limit on an extra: who may give what, up to how much, with whose approval beyond it.
 *
 * @param pointer where the limit stands in its page's front matter ({@code /limits/2}), for problems
 */
public record Limit(String role, String extra, Amount upTo, Optional<String> approval, String conditions,
                    Optional<LocalDate> effective, Optional<LocalDate> until, String pointer) {

    public Limit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** In force on a date: started (or no start) and not yet ended (or no end). */
    public boolean inForce(LocalDate date) {
        return effective.map(e -> !date.isBefore(e)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** True when both limits are in force on some common day. */
    public boolean overlaps(Limit other) {
        LocalDate start = later(effective, other.effective);
        LocalDate end = earlier(until, other.until);
        return start == null || end == null || !start.isAfter(end);
    }

    /** The limit's id in questions ({@code answer-from: limit <id> for <role>}): its extra as a slug. */
    public String id() {
        return Ids.slug(extra);
    }

    /** The key that two limits must not share with different amounts: role and extra, case-blind. */
    public String key() {
        return role + "\u0000" + extra.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a.get() : b.get();
    }

    private static LocalDate earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a.get() : b.get();
    }
}
