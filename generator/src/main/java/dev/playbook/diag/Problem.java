package dev.playbook.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the source, pointing at a place: {@code playbook/standards/greet.md:12:5: error: ...}.
 * Line and column are 1-based; 0 means the position is not known (the file as a whole).
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static Problem error(SourcePosition at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.WARNING, message);
    }

    /**
     * A value from the source, quoted for a message: cut after 80 characters, so that a link or id
     * of 20,000 characters is a readable line, not 20,000 characters (issue 13).
     */
    public static String quote(String value) {
        return "\"" + (value.length() <= 80 ? value : value.substring(0, 77) + "...") + "\"";
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form editors and their tools read: {@code file:line:column: severity: message}. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
