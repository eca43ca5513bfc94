package dev.playbook.render;

import dev.playbook.diag.SourcePosition;

import java.util.Arrays;

/** Maps character offsets in a page body to file positions (the body starts at a known file line). */
final class LineIndex {

    private final String file;
    private final int firstLine;
    private final int[] lineStarts;

    LineIndex(String text, String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
        int[] starts = new int[64];
        int count = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = newline + 1;
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    SourcePosition at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePosition(file, firstLine + line, offset - lineStarts[line] + 1);
    }
}
