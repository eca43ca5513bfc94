package dev.playbook.bench.corpus;

import java.util.Objects;

/** An H2 or H3 heading of a planned page; its slug is the anchor other pages may link to. */
record Heading(int level, String text) {
    public Heading {
        if (level != 2 && level != 3) {
            throw new IllegalArgumentException("heading level must be 2 or 3, got " + level);
        }
        Objects.requireNonNull(text, "text");
    }

    String slug() {
        return Slug.of(text);
    }
}
