package dev.playbook.migrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Folders an old config names, and how init shows paths: as the user gave the handbook's folder. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** {@code name} below the displayed folder, with one slash between. */
    static String join(String display, String name) {
        if (name.isEmpty()) {
            return display;
        }
        return display.endsWith("/") ? display + name : display + "/" + name;
    }

    /**
     * The folder a config names relative to the project ({@code docs}, {@code ./src/}), when it is a
     * folder inside it; empty for a name that leaves the project or is no folder.
     */
    static Optional<Path> folder(Path dir, String name) {
        String cleaned = name.strip().replace('\\', '/').replaceAll("^(\\./)+", "").replaceAll("/+$", "");
        if (cleaned.isEmpty() || cleaned.equals(".")) {
            return Optional.of(dir);
        }
        if (cleaned.startsWith("/") || cleaned.matches("^[A-Za-z]:.*") || cleaned.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path base = dir.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(cleaned).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!target.startsWith(base) || !Files.isDirectory(target)) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve(base.relativize(target).toString()));
    }
}
