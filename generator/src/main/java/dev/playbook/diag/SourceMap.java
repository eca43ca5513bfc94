package dev.playbook.diag;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where each character of a text came from, when the text is not simply one file's body: a page
 * whose blocks were rewritten, or that includes other files. The text is made of runs; a run
 * copied from a source keeps counting lines and columns from its first character, a run written
 * by Playbook (a callout's wrapper) points every character at the construct it stands for.
 */
public final class SourceMap {

    private final String text;
    private final int[] runStarts;
    private final SourcePosition[] runPositions;
    private final boolean[] runFixed;
    private final int[] lineStarts;

    private SourceMap(String text, int[] runStarts, SourcePosition[] runPositions, boolean[] runFixed) {
        this.text = text;
        this.runStarts = runStarts;
        this.runPositions = runPositions;
        this.runFixed = runFixed;
        this.lineStarts = lineStarts(text);
    }

    /** One file's text as it is, starting at {@code firstLine}. */
    public static SourceMap of(String text, String file, int firstLine) {
        return new SourceMap(text, new int[] {0}, new SourcePosition[] {new SourcePosition(file, firstLine, 1)}, new boolean[] {false});
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapped text. */
    public String text() {
        return text;
    }

    /** The source position of the character at {@code offset} of the text (the end maps past the last character). */
    public SourcePosition at(int offset) {
        int index = Arrays.binarySearch(runStarts, offset);
        int run = index >= 0 ? index : Math.max(0, -index - 2);
        SourcePosition start = runPositions[run];
        if (runFixed[run]) {
            return start;
        }
        int runLine = lineOf(runStarts[run]);
        int line = lineOf(offset);
        if (line == runLine) {
            return new SourcePosition(start.file(), start.line(), start.column() + offset - runStarts[run]);
        }
        return new SourcePosition(start.file(), start.line() + line - runLine, offset - lineStarts[line] + 1);
    }

    private int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = newline + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Builds a text run by run. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[16];
        private SourcePosition[] positions = new SourcePosition[16];
        private boolean[] fixed = new boolean[16];
        private int count;

        private Builder() {
        }

        /** Text copied from a source, whose first character is at {@code at}; its later lines start at column 1. */
        public Builder source(CharSequence part, SourcePosition at) {
            return run(part, at, false);
        }

        /** Text Playbook wrote in place of a construct at {@code at}: all of it maps there. */
        public Builder written(CharSequence part, SourcePosition at) {
            return run(part, at, true);
        }

        private Builder run(CharSequence part, SourcePosition at, boolean isFixed) {
            Objects.requireNonNull(at, "at");
            if (part.isEmpty()) {
                return this;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
                fixed = Arrays.copyOf(fixed, count * 2);
            }
            starts[count] = text.length();
            positions[count] = at;
            fixed[count] = isFixed;
            count++;
            text.append(part);
            return this;
        }

        public int length() {
            return text.length();
        }

        public SourceMap build() {
            if (count == 0) {
                return new SourceMap("", new int[] {0}, new SourcePosition[] {SourcePosition.of("")}, new boolean[] {true});
            }
            return new SourceMap(text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(positions, count),
                    Arrays.copyOf(fixed, count));
        }
    }
}
