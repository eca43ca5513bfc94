package dev.playbook.model;

import java.util.Objects;

/**
 * A part of a page a reader can land on: the introduction before the first heading (anchor and
 * heading empty), or an h2/h3 heading and the text up to the next one. Search indexes sections
 * and release notes compare them.
 */
public record Section(String anchor, String heading, int level, String text) {
    public Section {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
