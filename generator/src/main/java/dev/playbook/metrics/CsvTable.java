package dev.playbook.metrics;

import dev.playbook.diag.Problems;
import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: commas, double-quoted cells, {@code ""} for a quote inside one) split into
 * rows of cells, each cell with the line and column it starts at. Blank lines are skipped.
 */
final class CsvTable {

    /** One cell: its text, and where it starts in the file. */
    record Cell(String text, SourcePosition at) { }

    private CsvTable() {
    }

    static List<List<Cell>> read(String text, String file, Problems problems) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 1;
        int i = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        SourcePosition cellStart = new SourcePosition(file, line, column);
        boolean quoted = false;
        boolean wasQuoted = false;
        SourcePosition quoteStart = cellStart;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    column += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else if (c == '\n') {
                    cell.append(c);
                    line++;
                    column = 0;
                } else {
                    cell.append(c);
                }
                i++;
                column++;
                continue;
            }
            if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteStart = new SourcePosition(file, line, column);
                cell.setLength(0);
            } else if (c == ',') {
                row.add(new Cell(wasQuoted ? cell.toString() : cell.toString().strip(), cellStart));
                cell.setLength(0);
                wasQuoted = false;
                cellStart = new SourcePosition(file, line, column + 1);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell, cellStart, wasQuoted);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                column = 0;
                cellStart = new SourcePosition(file, line, 1);
            } else {
                cell.append(c);
            }
            i++;
            column++;
        }
        if (quoted) {
            problems.error(quoteStart, "this quoted cell is never closed; end it with \"");
        }
        endRow(rows, row, cell, cellStart, wasQuoted);
        return rows;
    }

    private static void endRow(List<List<Cell>> rows, List<Cell> row, StringBuilder cell, SourcePosition at, boolean quoted) {
        row.add(new Cell(quoted ? cell.toString() : cell.toString().strip(), at));
        boolean blank = row.size() == 1 && row.get(0).text().isEmpty() && !quoted;
        if (!blank) {
            rows.add(List.copyOf(row));
        }
    }
}
