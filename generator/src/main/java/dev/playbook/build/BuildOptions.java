package dev.playbook.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param displayRoot how the source folder is named in problems (as the user typed it)
 * @param theme       a theme name (looked up as {@code themes/<name>/} beside the source) or a folder
 * @param release     overrides the release named in {@code playbook.yml}
 * @param date        the day limits and reviews are judged on (default: the release date, else today)
 * @param write       false to check only: everything but publishing
 */
public record BuildOptions(Path source, String displayRoot, Path out, String theme, Optional<String> release,
                           boolean includeDrafts, Optional<LocalDate> date, boolean write) {

    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayRoot, "displayRoot");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(date, "date");
    }

    public static BuildOptions of(Path source, Path out) {
        return new BuildOptions(source, source.toString().replace('\\', '/'), out, "default", Optional.empty(), false,
                Optional.empty(), true);
    }
}
