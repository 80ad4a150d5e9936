package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.google.re2j.Pattern;

/**
 * Events saved by Event Viewer as CSV or as tab-separated text, or by PowerShell's Export-Csv. Windows Vista and
 * later write a header (Level, Date and Time, Source, Event ID, Task Category, in the display language) and put the
 * description in an extra, unnamed last column; Windows XP and Server 2003 write no header and nine columns (Date,
 * Time, Source, Type, Category, Event, User, Computer, Description); Export-Csv writes a "#TYPE" line, then the
 * object's property names. Columns are found by the header's names ({@link EventColumns}), so a reordered or
 * translated export reads the same.
 */
final class EventTable implements LogLayout {

    private static final Pattern OLD_STYLE_ROW = Pattern.compile("^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}[,\t].*");
    private static final int OLD_SOURCE = 2;
    private static final int OLD_EVENT = 5;
    private static final int OLD_DESCRIPTION = 8;

    private final char separator;

    EventTable(char separator) {
        this.separator = separator;
    }

    /**
     * The separator with which a line is the header of an event table (a comma, a semicolon as Export-Csv
     * -UseCulture writes in many locales, or a tab), or 0 when it is none.
     */
    static char separatorOf(String line) {
        for (char separator : new char[] {',', ';', '\t'}) {
            if (line.indexOf(separator) >= 0 && EventColumns.of(List.of(line.split(Pattern.quote(
                    String.valueOf(separator)), -1))) != null) {
                return separator;
            }
        }
        return 0;
    }

    /** The separator the text's header uses, or this layout's own when the header says nothing (older exports). */
    private char separatorIn(ExportedText text) {
        for (String line : text.lines()) {
            if (!line.isBlank() && !isTypeLine(line)) {
                char found = separatorOf(line);
                return found != 0 ? found : separator;
            }
        }
        return separator;
    }

    /** Whether a line is the type line PowerShell's Export-Csv writes above the header ("#TYPE ..."). */
    static boolean isTypeLine(String line) {
        return line.startsWith("#TYPE ");
    }

    /** Whether a line is a row of an older export, which has no header: it starts with a date and a separator. */
    static boolean isOldStyleRow(String line) {
        return OLD_STYLE_ROW.matcher(line).matches();
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<DelimitedRows.Row> rows = DelimitedRows.read(text, separatorIn(text), notes);
        List<LogUnit> units = new ArrayList<>();
        if (rows.isEmpty()) {
            return units;
        }
        EventColumns columns = new EventColumns(OLD_SOURCE, OLD_EVENT, false, OLD_DESCRIPTION);
        int first = 0;
        while (first < rows.size() && isTypeLine(rows.get(first).value(0) == null ? "" : rows.get(first).value(0))) {
            first++;
        }
        if (first < rows.size()) {
            EventColumns named = EventColumns.of(rows.get(first).cells().stream().map(DelimitedRows.Cell::value)
                    .toList());
            if (named != null) {
                columns = named;
                first++;
            }
        }
        for (DelimitedRows.Row row : rows.subList(first, rows.size())) {
            Integer eventId = columns.eventId(row.value(columns.eventId()), text.file() + ":" + row.line(), notes);
            String message = row.value(columns.message());
            int messageLine = columns.message() < row.cells().size() ? row.cells().get(columns.message()).line()
                    : row.line();
            units.add(new EventRecord(row.line(), columns.source() < 0 ? null : row.value(columns.source()), eventId,
                    message, messageLine));
        }
        return units;
    }
}
