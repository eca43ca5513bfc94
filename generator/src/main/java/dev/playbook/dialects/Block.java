package dev.playbook.dialects;

import dev.playbook.diag.SourcePosition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block construct found in the lines: what it becomes and the lines inside it.
 *
 * @param kind     what it is, as a migration report counts it ({@link Conversion#CALLOUT}, {@link Conversion#TABS}...)
 * @param callout  the callout or disclosure it becomes; empty for a container that only groups (tabs)
 * @param indent   the indentation of its opening line, kept on the lines written for it (inside lists)
 * @param at       where it opens, for the lines written in its place
 * @param content  the lines inside it, still to be read for blocks of their own unless {@code verbatim}
 * @param next     the index of the first line after it
 * @param verbatim whether the content is final (a code block), not read again
 * @param rest     what is left of its last line after it closes, read before line {@code next}
 */
record Block(String kind, Optional<Callout> callout, String indent, SourcePosition at, List<Line> content, int next, boolean verbatim,
             Optional<Line> rest) {

    Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(callout, "callout");
        Objects.requireNonNull(indent, "indent");
        Objects.requireNonNull(at, "at");
        content = List.copyOf(content);
        Objects.requireNonNull(rest, "rest");
    }

    Block thenReading(Line remainder) {
        return new Block(kind, callout, indent, at, content, next, verbatim, Optional.of(remainder));
    }

    /** A callout, or a disclosure when it folds (a folding MkDocs {@code ???} is drawn as a callout, but folds). */
    static Block callout(Callout callout, String indent, SourcePosition at, List<Line> content, int next) {
        return new Block(callout.folds() ? Conversion.DISCLOSURE : Conversion.CALLOUT, Optional.of(callout), indent, at,
                content, next, false, Optional.empty());
    }

    /** A tab: a disclosure that starts open. */
    static Block tab(Callout callout, String indent, SourcePosition at, List<Line> content, int next) {
        return new Block(Conversion.TAB, Optional.of(callout), indent, at, content, next, false, Optional.empty());
    }

    static Block group(String kind, String indent, SourcePosition at, List<Line> content, int next) {
        return new Block(kind, Optional.empty(), indent, at, content, next, false, Optional.empty());
    }

    static Block verbatim(String kind, String indent, SourcePosition at, List<Line> content, int next) {
        return new Block(kind, Optional.empty(), indent, at, content, next, true, Optional.empty());
    }
}
