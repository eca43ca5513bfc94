package dev.playbook.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each source file of the playbook last changed, as git records it: the author date of the
 * last commit that touched the file. Files git does not know (a playbook outside git, a file not
 * yet committed) have no entry, and their pages show no date.
 *
 * @param lastChanged by source path relative to the playbook folder ({@code standards/greet.md})
 * @param released    when the release was made, as git says: its tag's date, or the working tree's last commit
 */
public record PageHistory(Map<String, Instant> lastChanged, Optional<Instant> released) {

    public static final PageHistory NONE = new PageHistory(Map.of(), Optional.empty());

    public PageHistory {
        Objects.requireNonNull(lastChanged, "lastChanged");
        Objects.requireNonNull(released, "released");
        lastChanged = java.util.Collections.unmodifiableMap(new TreeMap<>(lastChanged));
    }

    public PageHistory releasedAt(Instant when) {
        return new PageHistory(lastChanged, Optional.of(when));
    }

    /**
     * When the release was made: the day {@code release-date} names (midnight UTC) when it is set and
     * well written, else the date git gives; empty when neither says.
     */
    public Optional<Instant> releaseDate(Optional<String> configured) {
        if (configured.isPresent()) {
            try {
                return Optional.of(java.time.LocalDate.parse(configured.get().strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                // the build reports a badly written release-date; git's date serves meanwhile
            }
        }
        return released;
    }

    public Optional<Instant> of(String sourcePath) {
        return Optional.ofNullable(lastChanged.get(sourcePath));
    }
}
