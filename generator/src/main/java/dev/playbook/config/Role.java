package dev.playbook.config;

import java.util.Objects;

/** A staff role named in {@code playbook.yml}: limits, audiences and approvals refer to its id. */
public record Role(String id, String title) {
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
