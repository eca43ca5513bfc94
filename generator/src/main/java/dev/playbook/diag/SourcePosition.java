package dev.playbook.diag;

import java.util.Objects;

/** A place in a source file as editors see it: display path, 1-based line and column (0 when unknown). */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }
}
