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
        message = visible(message);
    }

    /**
     * Control characters quoted from the source shown as escapes (a tab as backslash-t, ESC as backslash-u001b): a tab in an
     * unknown key is otherwise invisible, and an escape sequence would reach the editor's terminal (found by
     * SiteConfigFuzzTest). Line breaks stay, for messages that quote several lines.
     */
    private static String visible(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f;
            if (control && out == null) {
                out = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? message : out.toString();
    }

    /**
     * This finding as a published page shows it: its file, and the files its message names, as
     * paths inside the playbook ({@code standards/greet.md}), whatever folder the build was started
     * from and however the source was typed ({@code playbook}, {@code ./playbook}, an absolute path),
     * so that two checkouts of one playbook publish the same bytes. The source folder itself is "".
     */
    public Problem insideSource(String displayRoot) {
        if (displayRoot.isEmpty() || displayRoot.equals(".")) {
            return this;
        }
        String root = displayRoot.endsWith("/") ? displayRoot.substring(0, displayRoot.length() - 1) : displayRoot;
        String place = file.equals(root) ? "" : file.startsWith(root + "/") ? file.substring(root.length() + 1) : file;
        // The root as a path's start: at the message's start or after a character no path has before it.
        String inMessage = java.util.regex.Pattern.compile("(?<![\\w./~-])" + java.util.regex.Pattern.quote(root + "/"))
                .matcher(message).replaceAll("");
        return new Problem(place, line, column, severity, inMessage);
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
