package dev.playbook.dialects;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** The files of the source folder that pages may include, by their path inside it. */
public interface IncludeFiles {

    /** The file at a normalised path inside the source folder ({@code _includes/note.md}), if there is one. */
    Optional<File> file(String path);

    /** Every path that {@link #file} knows, for "did you mean". */
    Collection<String> paths();

    /**
     * A file's text and where it starts: a page's body after its front matter, or a whole file.
     *
     * @param display   the file as problems name it
     * @param firstLine the file line on which {@code text} starts
     */
    record File(String path, String display, String text, int firstLine) {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(text, "text");
            if (firstLine < 1) {
                throw new IllegalArgumentException("firstLine must be 1 or more: " + firstLine);
            }
        }
    }

    /** No files: includes are all missing. */
    static IncludeFiles none() {
        return new IncludeFiles() {
            @Override
            public Optional<File> file(String path) {
                return Optional.empty();
            }

            @Override
            public Collection<String> paths() {
                return java.util.List.of();
            }
        };
    }
}
