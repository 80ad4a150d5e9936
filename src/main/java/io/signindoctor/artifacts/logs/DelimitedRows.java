package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows of a comma- or tab-separated export as Event Viewer writes them: a field in double quotes may hold the
 * separator, doubled quotes and line breaks (event descriptions run over several lines). Each cell remembers the
 * line it starts on, so a description cites its own line rather than its row's.
 */
final class DelimitedRows {

    /** A field and the line it starts on. */
    record Cell(String value, int line) {
    }

    /** A row and the line it starts on. */
    record Row(int line, List<Cell> cells) {

        String value(int column) {
            return column < cells.size() ? cells.get(column).value().trim() : null;
        }
    }

    private DelimitedRows() {
    }

    static List<Row> read(ExportedText text, char separator, Consumer<String> notes) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int rowLine = 1;
        int cellLine = 1;
        int count = text.lines().size();
        for (int number = 1; number <= count; number++) {
            String line = text.line(number);
            if (!quoted && cells.isEmpty() && field.isEmpty() && line.isBlank()) {
                rowLine = number + 1;
                cellLine = number + 1;
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    quoted = true;
                    field.setLength(0);
                } else if (c == separator) {
                    cells.add(new Cell(field.toString(), cellLine));
                    field.setLength(0);
                    cellLine = number;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                field.append('\n');
                continue;
            }
            cells.add(new Cell(field.toString(), cellLine));
            rows.add(new Row(rowLine, List.copyOf(cells)));
            cells.clear();
            field.setLength(0);
            rowLine = number + 1;
            cellLine = number + 1;
        }
        if (quoted) {
            notes.accept(text.file() + ":" + rowLine + ": a quoted field opened here is never closed (the export is "
                    + "cut); what it holds was read");
            cells.add(new Cell(field.toString(), cellLine));
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
