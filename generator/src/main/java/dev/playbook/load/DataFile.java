package dev.playbook.load;

import java.util.Objects;

/**
 * A YAML data file of the playbook (a course, the glossary), read as text, parsed by the model,
 * never published; or a partial that pages include, read as text too.
 *
 * @param path    path inside the source folder, e.g. {@code courses/new-hire.yml}
 * @param display the path shown to editors in problems, e.g. {@code playbook/courses/new-hire.yml}
 */
public record DataFile(String path, String display, String text) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(text, "text");
    }
}
