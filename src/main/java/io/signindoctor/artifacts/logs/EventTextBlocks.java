package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Events as Event Viewer copies them as text (Event Properties, "Copy details as text"), pasted one after another:
 * a block of "Name: value" lines starting at "Log Name:" (Windows Vista and later) or "Event Type:" (Windows XP and
 * Server 2003), then "Description:" and the description on the lines below it, up to the next block or the
 * "Event Xml:" section that newer versions append.
 */
final class EventTextBlocks implements LogLayout {

    static final Pattern BLOCK_START = Pattern.compile("^\\s*(Log Name|Event Type):.*$");
    private static final Pattern FIELD = Pattern.compile("^\\s*(Source|Event Source|Event ID|Description):\\s*(.*)$");
    private static final Pattern XML_SECTION = Pattern.compile("^\\s*Event Xml:\\s*$");

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        int count = text.lines().size();
        int number = 1;
        while (number <= count && !BLOCK_START.matcher(text.line(number)).matches()) {
            number++;
        }
        while (number <= count) {
            int next = number + 1;
            while (next <= count && !BLOCK_START.matcher(text.line(next)).matches()) {
                next++;
            }
            units.add(block(text, number, next - 1, notes));
            number = next;
        }
        return units;
    }

    private static EventRecord block(ExportedText text, int first, int last, Consumer<String> notes) {
        String provider = null;
        Integer eventId = null;
        for (int number = first; number <= last; number++) {
            Matcher field = FIELD.matcher(text.line(number));
            if (!field.matches()) {
                continue;
            }
            String value = field.group(2).trim();
            switch (field.group(1)) {
                case "Source", "Event Source" -> provider = value;
                case "Event ID" -> eventId = EventIds.parse(value, text.file() + ":" + number, notes);
                default -> {
                    return new EventRecord(first, provider, eventId, description(text, number, value, last),
                            value.isEmpty() ? number + 1 : number);
                }
            }
        }
        return new EventRecord(first, provider, eventId, null, first);
    }

    private static String description(ExportedText text, int descriptionLine, String sameLine, int last) {
        StringBuilder description = new StringBuilder(sameLine);
        for (int number = descriptionLine + 1; number <= last; number++) {
            String line = text.line(number);
            if (XML_SECTION.matcher(line).matches()) {
                break;
            }
            description.append('\n').append(line);
        }
        return description.toString().strip();
    }
}
