package dev.playbook.write;

import java.io.IOException;
import java.nio.file.Path;

/** A file to publish as it is (an image, an asset) could not be read: the source's problem, not the output's. */
public final class UnreadableSourceException extends IOException {

    private final Path source;

    UnreadableSourceException(Path source, IOException cause) {
        super(cause instanceof java.nio.file.NoSuchFileException
                ? "cannot read file: it was removed while building; build again"
                : "cannot read file (" + WriteFailure.reason(cause) + "); make it readable, or remove it, and build again", cause);
        this.source = source;
    }

    public Path source() {
        return source;
    }
}
