package dev.playbook.load;

import java.nio.file.Path;
import java.util.Objects;

/** A file published as it is (an image, a PDF), at the same path inside the release. */
public record StaticFile(String path, Path file) {
    public StaticFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }
}
