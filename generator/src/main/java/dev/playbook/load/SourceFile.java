package dev.playbook.load;

import dev.playbook.config.YamlDocument;

import java.util.Objects;

/**
 * One Markdown source: where it is, its front matter and its body.
 *
 * @param path     path inside the source folder, with {@code /} separators, e.g. {@code standards/greet.md}
 * @param display  the path shown to editors in problems, e.g. {@code playbook/standards/greet.md}
 * @param bodyLine the file line on which the body starts, so body positions map to file positions
 * @param hash     a digest of the file's bytes, to tell changed sources from unchanged ones
 */
public record SourceFile(String path, String display, YamlDocument frontMatter, String body, int bodyLine, long hash) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine must be 1 or more: " + bodyLine);
        }
    }
}
