package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.re2j.Pattern;

/**
 * Events PowerShell wrote as JSON (Get-WinEvent or Get-EventLog piped to ConvertTo-Json, often after Select-Object):
 * an array of objects, or one object for a single event, whose property names are the ones the console shows (Id
 * or EventID or InstanceId, ProviderName or Source, Message). The message's line breaks are escaped ("\r\n") and
 * nested values (Properties, KeywordsDisplayNames) are skipped. Each event cites the line its object starts on, its
 * description the line of its Message.
 */
final class EventJson implements LogLayout {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Pattern EVENT_PROPERTY = Pattern.compile(
            "(?i)^\\s*\"(Id|EventID|InstanceId|ProviderName|Source)\"\\s*:.*");

    /** Whether the text starts as JSON and names an event's properties within its first lines. */
    static boolean recognises(ExportedText text, int limit) {
        String start = "";
        for (int number = 1; number <= limit && start.isEmpty(); number++) {
            start = text.line(number).trim();
        }
        if (!start.startsWith("[") && !start.startsWith("{")) {
            return false;
        }
        for (int number = 1; number <= limit; number++) {
            if (EVENT_PROPERTY.matcher(text.line(number)).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) throws InvalidInputException {
        List<LogUnit> units = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(String.join("\n", text.lines()))) {
            try {
                read(parser, text.file(), units, notes);
            } catch (JsonProcessingException broken) {
                int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNr();
                if (units.isEmpty()) {
                    throw text.problem(line, "", "not well-formed JSON: " + broken.getOriginalMessage());
                }
                notes.accept(text.file() + ":" + line + ": not well-formed JSON; the " + units.size()
                        + " events before it are read");
            }
        } catch (IOException unreadable) {
            throw text.problem(0, "", "not readable as JSON: " + unreadable.getMessage());
        }
        return units;
    }

    private static void read(JsonParser parser, String file, List<LogUnit> units, Consumer<String> notes)
            throws IOException {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                event(parser, file, notes).ifPresent(units::add);
            }
        }
    }

    /** One object: its scalar properties by name, each with its line; nested values are skipped. */
    private static Optional<LogUnit> event(JsonParser parser, String file, Consumer<String> notes)
            throws IOException {
        int start = parser.currentTokenLocation().getLineNr();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName().toLowerCase(Locale.ROOT);
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                values.put(name, parser.getText().replace("\r\n", "\n").replace('\r', '\n'));
                lines.put(name, parser.currentTokenLocation().getLineNr());
            }
        }
        EventColumns columns = EventColumns.of(new ArrayList<>(values.keySet()));
        if (columns == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(values.keySet());
        List<String> cells = new ArrayList<>(values.values());
        Integer id = columns.eventId(cells.get(columns.eventId()), file + ":" + lines.get(names.get(
                columns.eventId())), notes);
        boolean hasMessage = columns.message() < cells.size();
        return Optional.of(new EventRecord(start, cells.get(columns.source()), id,
                hasMessage ? cells.get(columns.message()) : null,
                hasMessage ? lines.get(names.get(columns.message())) : start));
    }
}
