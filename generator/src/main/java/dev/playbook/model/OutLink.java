package dev.playbook.model;

import dev.playbook.diag.SourcePosition;

import java.util.Objects;
import java.util.Optional;

/** A link from one page to another page (or to itself), kept to check anchors and list backlinks. */
public record OutLink(String fromId, String toId, Optional<String> anchor, SourcePosition at) {
    public OutLink {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(at, "at");
    }
}
