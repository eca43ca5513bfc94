package dev.playbook.load;

import dev.playbook.diag.Problem;
import dev.playbook.diag.SourcePosition;

import java.util.Locale;
import java.util.Optional;

/**
 * How large a source file may be. Pages past these sizes are not written by people but
 * generated or pasted by mistake, and would hold the build for minutes or exhaust its memory;
 * each is reported at its place with what to do, and the rest of the playbook is still checked.
 * Measured (2 cores, whole build): a 10 MB table about 11 s, a 1 MB front matter about 3 s.
 */
public final class SourceLimits {

    /** The largest page or data file read: 10 MB. */
    public static final long FILE_BYTES = 10L << 20;
    /** The largest front matter read: 1 MB of text. */
    public static final int FRONT_MATTER_CHARS = 1 << 20;

    private SourceLimits() {
    }

    /** The problem of a file too large to read, before it is read; nothing when it may be read. */
    static Optional<Problem> fileTooLarge(String display, long bytes, boolean page) {
        if (bytes <= FILE_BYTES) {
            return Optional.empty();
        }
        String limit = megabytes(FILE_BYTES);
        return Optional.of(Problem.error(SourcePosition.of(display), page
                ? "the page is " + megabytes(bytes) + "; pages over " + limit + " are not built; split it into smaller pages"
                : "the file is " + megabytes(bytes) + "; data files over " + limit + " are not read; split it into smaller files"));
    }

    /** The problem of a front matter too long to read, at its first line; nothing when it may be read. */
    static Optional<Problem> frontMatterTooLarge(String display, int chars) {
        if (chars <= FRONT_MATTER_CHARS) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(new SourcePosition(display, 1, 1), "the front matter is " + megabytes(chars)
                + "; front matter over " + megabytes(FRONT_MATTER_CHARS) + " is not read; keep long text in the page's body"));
    }

    /** {@code 50 MB}, {@code 3.5 MB}, {@code 1 MB}: megabytes of 2^20 bytes, one decimal below 10. */
    static String megabytes(long bytes) {
        double mb = bytes / (double) (1 << 20);
        String shown = String.format(Locale.ROOT, mb >= 10 ? "%.0f" : "%.1f", mb);
        return (shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown) + " MB";
    }
}
