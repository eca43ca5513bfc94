package dev.playbook.dialects;

import java.util.Objects;

/**
 * A page's Markdown as the loader read it.
 *
 * @param path     the page's path inside the source folder, which its includes are relative to
 * @param display  the path problems name
 * @param bodyLine the file line on which {@code body} starts
 */
public record PageText(String path, String display, String body, int bodyLine) {
    public PageText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(body, "body");
    }
}
