package dev.playbook.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param source      the source folder; one given as a symbolic link is the folder it leads to
 * @param displayRoot how the source folder is named in problems (as the user typed it)
 * @param theme       a theme name (looked up as {@code themes/<name>/} beside the source) or a folder
 * @param release     overrides the release named in {@code playbook.yml}
 * @param date        the day limits and reviews are judged on (default: the release date, else today)
 * @param write       false to check only: everything but publishing
 */
public record BuildOptions(Path source, String displayRoot, Path out, String theme, Optional<String> release,
                           boolean includeDrafts, Optional<LocalDate> date, boolean write) {

    public BuildOptions {
        source = followed(Objects.requireNonNull(source, "source"));
        Objects.requireNonNull(displayRoot, "displayRoot");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(date, "date");
    }

    /**
     * The folder a source given as a symbolic link leads to: the user named it, so the build reads
     * it (links to folders inside it are still not followed). Any other path is kept as it is.
     */
    public static Path followed(Path source) {
        if (Files.isSymbolicLink(source) && Files.isDirectory(source)) {
            try {
                return source.toRealPath();
            } catch (IOException e) {
                return source;
            }
        }
        return source;
    }

    public static BuildOptions of(Path source, Path out) {
        return new BuildOptions(source, source.toString().replace('\\', '/'), out, "default", Optional.empty(), false,
                Optional.empty(), true);
    }
}
