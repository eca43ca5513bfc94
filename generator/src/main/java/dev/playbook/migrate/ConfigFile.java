package dev.playbook.migrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An old generator's config file: where it is, and how the report names it. */
record ConfigFile(Path file, String shown) {

    /** The first of {@code names} that is a file in {@code dir} ({@code display} is how {@code dir} is shown). */
    static Optional<ConfigFile> first(Path dir, String display, List<String> names) {
        for (String name : names) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(new ConfigFile(file, ProjectPaths.join(display, name)));
            }
        }
        return Optional.empty();
    }
}
