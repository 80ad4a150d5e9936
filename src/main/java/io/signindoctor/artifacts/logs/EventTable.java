package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.google.re2j.Pattern;

/**
 * Events saved by Event Viewer as CSV or as tab-separated text. Windows Vista and later write a header
 * (Level, Date and Time, Source, Event ID, Task Category) and put the description in an extra, unnamed last
 * column; Windows XP and Server 2003 write no header and nine columns (Date, Time, Source, Type, Category, Event,
 * User, Computer, Description). Columns are found by the header's names, so a reordered export reads the same.
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

    /** Whether a line is the header a newer Event Viewer writes, with this separator. */
    static boolean isHeader(String line, char separator) {
        List<String> names = List.of(line.replace("\"", "").toLowerCase(Locale.ROOT).split(Pattern.quote(
                String.valueOf(separator)), -1));
        return names.contains("source") && (names.contains("event id") || names.contains("event"))
                && (names.contains("level") || names.contains("type") || names.contains("date and time"));
    }

    /** Whether a line is a row of an older export, which has no header: it starts with a date and a separator. */
    static boolean isOldStyleRow(String line) {
        return OLD_STYLE_ROW.matcher(line).matches();
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<DelimitedRows.Row> rows = DelimitedRows.read(text, separator, notes);
        List<LogUnit> units = new ArrayList<>();
        if (rows.isEmpty()) {
            return units;
        }
        int source = OLD_SOURCE;
        int event = OLD_EVENT;
        int description = OLD_DESCRIPTION;
        int first = 0;
        DelimitedRows.Row header = rows.get(0);
        if (isHeader(String.join(String.valueOf(separator), header.cells().stream().map(DelimitedRows.Cell::value)
                .toList()), separator)) {
            List<String> names = header.cells().stream().map(cell -> cell.value().trim().toLowerCase(Locale.ROOT))
                    .toList();
            source = names.indexOf("source");
            event = names.contains("event id") ? names.indexOf("event id") : names.indexOf("event");
            description = names.contains("description") ? names.indexOf("description") : names.size();
            first = 1;
        }
        for (DelimitedRows.Row row : rows.subList(first, rows.size())) {
            String id = row.value(event);
            Integer eventId = id == null || id.isEmpty() ? null
                    : EventIds.parse(id, text.file() + ":" + row.line(), notes);
            String message = row.value(description);
            int messageLine = description < row.cells().size() ? row.cells().get(description).line() : row.line();
            units.add(new EventRecord(row.line(), row.value(source), eventId, message, messageLine));
        }
        return units;
    }
}
