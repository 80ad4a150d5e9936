package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ConsoleTable;
import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Events as a PowerShell console prints them (Get-WinEvent, Get-EventLog): with Format-List, a block of
 * "Property : value" lines per event, the message's further lines indented under its first; by default, a table
 * (TimeCreated, Id, LevelDisplayName, Message, the message cut to the console's width) under a "ProviderName: X"
 * line that names the source of the rows below it; Get-EventLog's table names it in a Source column, beside an
 * InstanceID. The property names are PowerShell's own, in English in every display language.
 */
final class PowerShellEvents implements LogLayout {

    private static final Pattern PROPERTY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*:\\s?(.*)$");
    private static final Pattern GROUP = Pattern.compile("^\\s*(ProviderName|Source):\\s+(\\S.*?)\\s*$");
    private static final String MESSAGE = "message";

    /** Whether a line begins a Format-List event or a table's group: the tool's own property names. */
    static boolean recognises(String line) {
        Matcher property = PROPERTY.matcher(line);
        return GROUP.matcher(line).matches() && line.startsWith(" ")
                || property.matches() && (property.group(1).equals("ProviderName") || property.group(1).equals(
                        "InstanceId"));
    }

    /**
     * Whether two lines are the head of a console table of events without a group line above it: Get-EventLog's
     * default table (Index, Time, EntryType, Source, InstanceID, Message) names its source in a column.
     */
    static boolean recognisesTable(String header, String dashes) {
        return ConsoleTable.isDashes(dashes) && ConsoleTable.of(header, dashes)
                .map(table -> EventColumns.of(table.names()) != null).orElse(false);
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String key = null;
        String group = null;
        ConsoleTable table = null;
        int count = text.lines().size();
        for (int number = 1; number <= count; number++) {
            String line = text.line(number);
            Matcher property = PROPERTY.matcher(line);
            Matcher groupLine = GROUP.matcher(line);
            if (groupLine.matches() && line.startsWith(" ")) {
                group = groupLine.group(2);
                table = null;
            } else if (number < count && ConsoleTable.isDashes(text.line(number + 1))) {
                table = ConsoleTable.of(line, text.line(number + 1)).orElse(null);
                number++;
            } else if (table != null && !line.isBlank()) {
                row(table.row(line), group, number, text.file(), notes).ifPresent(units::add);
            } else if (property.matches()) {
                table = null;
                String name = property.group(1).toLowerCase(Locale.ROOT);
                if (block.containsKey(name)) {
                    flush(block, lines, text.file(), notes).ifPresent(units::add);
                }
                block.put(name, property.group(2).trim());
                lines.put(name, number);
                key = name;
            } else if (MESSAGE.equals(key) && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                block.put(key, continued(block.get(key), line.trim()));
            } else if (!line.isBlank()) {
                key = null;
            }
        }
        flush(block, lines, text.file(), notes).ifPresent(units::add);
        return units;
    }

    /**
     * A message with its next indented line: the console wraps a long line at its width, which cuts a sentence
     * anywhere ("due to error" / "10061."), while a line of the message's own ends a sentence. A line that stops
     * without closing punctuation is therefore continued on the same line, any other starts a new one.
     */
    private static String continued(String message, String next) {
        boolean sentenceEnds = !message.isEmpty() && ".:;!?)".indexOf(message.charAt(message.length() - 1)) >= 0;
        return message + (sentenceEnds || message.isEmpty() ? "\n" : " ") + next;
    }

    private static Optional<LogUnit> row(Map<String, String> cells, String group, int line, String file,
            Consumer<String> notes) {
        EventColumns columns = EventColumns.of(new ArrayList<>(withSource(cells, group).keySet()));
        if (columns == null) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(withSource(cells, group).values());
        Integer id = columns.eventId(values.get(columns.eventId()), file + ":" + line, notes);
        String message = columns.message() < values.size() ? values.get(columns.message()) : null;
        return Optional.of(new EventRecord(line, values.get(columns.source()), id, message, line));
    }

    /** A row's cells, with the source its group line names when the table has no column for it. */
    private static Map<String, String> withSource(Map<String, String> cells, String group) {
        if (group == null || cells.containsKey("providername") || cells.containsKey("source")) {
            return cells;
        }
        Map<String, String> with = new LinkedHashMap<>(cells);
        with.put("providername", group);
        return with;
    }

    private static Optional<LogUnit> flush(Map<String, String> block, Map<String, Integer> lines, String file,
            Consumer<String> notes) {
        Optional<LogUnit> event = Optional.empty();
        EventColumns columns = EventColumns.of(new ArrayList<>(block.keySet()));
        if (columns != null) {
            List<String> names = new ArrayList<>(block.keySet());
            List<String> values = new ArrayList<>(block.values());
            int first = lines.values().stream().min(Integer::compare).orElse(0);
            Integer id = columns.eventId(values.get(columns.eventId()), file + ":" + lines.get(names.get(
                    columns.eventId())), notes);
            String message = columns.message() < values.size() ? values.get(columns.message()) : null;
            int messageLine = columns.message() < names.size() ? lines.get(names.get(columns.message())) : first;
            event = Optional.of(new EventRecord(first, values.get(columns.source()), id, message, messageLine));
        }
        block.clear();
        lines.clear();
        return event;
    }
}
