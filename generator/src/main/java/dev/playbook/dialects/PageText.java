package dev.playbook.dialects;

import java.util.Objects;

/**
 * A page's Markdown as the loader read it.
 *
 * @param path     the page's path inside the source folder, which its includes are relative to
 * @param display  the path problems name
 * @param bodyLine the file line on which {@code body} starts
 * @param mdx      whether the page is MDX (Docusaurus's Markdown, see {@link Mdx})
 */
public record PageText(String path, String display, String body, int bodyLine, boolean mdx) {
    public PageText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(body, "body");
    }

    /** A page of CommonMark, or of MDX when it is an {@code .mdx} file. */
    public PageText(String path, String display, String body, int bodyLine) {
        this(path, display, body, bodyLine, Mdx.isMdx(path, false));
    }
}
