package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Text in no format the tool knows (notes, a console paste, an unfamiliar log): read a paragraph at a time, so that
 * a sentence broken over lines reaches the extraction engine whole, each paragraph citing the line it starts on.
 */
final class PlainText implements LogLayout {

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            if (line.isBlank()) {
                flush(units, start, paragraph);
                start = 0;
            } else {
                start = start == 0 ? number : start;
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
            }
        }
        flush(units, start, paragraph);
        return units;
    }

    private static void flush(List<LogUnit> units, int start, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            units.add(new LogLine(start, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
