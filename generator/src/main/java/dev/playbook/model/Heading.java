package dev.playbook.model;

import java.util.Objects;

/** A heading of a rendered page: its level (1-6), anchor id and plain text. */
public record Heading(int level, String id, String text) {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
