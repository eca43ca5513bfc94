package dev.playbook.dialects;

import dev.playbook.diag.SourceMap;
import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text on its way to the renderer, without its line end, made of pieces that each
 * know where they came from: a line copied from a file is one piece; a line Playbook wrote (a
 * callout's wrapper) or changed (an embed made a link) has pieces that point at the construct.
 */
record Line(List<Piece> pieces) {

    /** A run of a line: copied from {@code at} on, or written by Playbook for the construct at {@code at}. */
    record Piece(String text, SourcePosition at, boolean written) { }

    Line {
        pieces = List.copyOf(pieces);
    }

    static Line source(String text, SourcePosition at) {
        return new Line(List.of(new Piece(text, at, false)));
    }

    static Line written(String text, SourcePosition at) {
        return new Line(List.of(new Piece(text, at, true)));
    }

    static Line blank(SourcePosition at) {
        return written("", at);
    }

    String text() {
        if (pieces.size() == 1) {
            return pieces.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    boolean isBlank() {
        return text().isBlank();
    }

    /** The position of the character at {@code index} of the line. */
    SourcePosition at(int index) {
        int start = 0;
        for (Piece piece : pieces) {
            int end = start + piece.text().length();
            if (index < end || piece == pieces.get(pieces.size() - 1)) {
                return piece.written() ? piece.at()
                        : new SourcePosition(piece.at().file(), piece.at().line(), piece.at().column() + Math.max(0, index - start));
            }
            start = end;
        }
        return pieces.isEmpty() ? SourcePosition.of("") : pieces.get(0).at();
    }

    /** The line from character {@code index} on. */
    Line from(int index) {
        return slice(index, text().length());
    }

    /** The line before character {@code index}. */
    Line until(int index) {
        return slice(0, index);
    }

    /** This line with {@code prefix} before it, written by Playbook (an include's indentation). */
    Line prefixed(String prefix, SourcePosition at) {
        if (prefix.isEmpty()) {
            return this;
        }
        List<Piece> out = new ArrayList<>();
        out.add(new Piece(prefix, at, true));
        out.addAll(pieces);
        return new Line(out);
    }

    /** Characters {@code from} to {@code to} replaced by {@code text}, which points at the replaced construct. */
    Line replace(int from, int to, String text) {
        SourcePosition at = at(from);
        List<Piece> out = new ArrayList<>(slice(0, from).pieces);
        out.add(new Piece(text, at, true));
        out.addAll(slice(to, text().length()).pieces);
        return new Line(out);
    }

    private Line slice(int from, int to) {
        List<Piece> out = new ArrayList<>();
        int start = 0;
        for (Piece piece : pieces) {
            int end = start + piece.text().length();
            int a = Math.max(from, start);
            int b = Math.min(to, end);
            if (a < b) {
                SourcePosition at = piece.written() ? piece.at()
                        : new SourcePosition(piece.at().file(), piece.at().line(), piece.at().column() + a - start);
                out.add(new Piece(piece.text().substring(a - start, b - start), at, piece.written()));
            }
            start = end;
        }
        if (out.isEmpty()) {
            out.add(new Piece("", at(from), true));
        }
        return new Line(out);
    }

    /** Lines of a file's text, the first on {@code firstLine}. */
    static List<Line> split(String text, String file, int firstLine) {
        List<Line> lines = new ArrayList<>();
        int line = firstLine;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                if (start < text.length()) {
                    lines.add(source(text.substring(start), new SourcePosition(file, line, 1)));
                }
                break;
            }
            lines.add(source(text.substring(start, end), new SourcePosition(file, line, 1)));
            line++;
            start = end + 1;
        }
        return lines;
    }

    /** The lines joined with line ends, every piece mapped to where it came from. */
    static SourceMap join(List<Line> lines, SourcePosition end) {
        SourceMap.Builder map = SourceMap.builder();
        for (Line line : lines) {
            for (Piece piece : line.pieces) {
                if (piece.written()) {
                    map.written(piece.text(), piece.at());
                } else {
                    map.source(piece.text(), piece.at());
                }
            }
            SourcePosition lineEnd = line.at(Math.max(0, line.text().length()));
            map.written("\n", line.pieces.isEmpty() ? end : lineEnd);
        }
        return map.build();
    }
}
