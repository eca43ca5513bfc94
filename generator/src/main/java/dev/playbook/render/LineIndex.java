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
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    SourcePosition at(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePosition(file, firstLine + line, offset - lineStarts[line] + 1);
    }
}
