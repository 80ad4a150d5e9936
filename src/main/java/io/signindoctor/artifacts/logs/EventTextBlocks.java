package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Events as Event Viewer copies them as text (Event Properties, "Copy details as text"), pasted one after another,
 * or as wevtutil qe /f:text prints them: a block of "Name: value" lines starting at "Log Name:" (Windows Vista and
 * later) or "Event Type:" (Windows XP and Server 2003), then "Description:" and the description on the lines below
 * it, up to the next block, the "Event Xml:" section that newer versions append, or wevtutil's "Event[n]:". The
 * labels are in the display language of Windows ("Quelle:", "ID de l'événement :"), read by {@link EventColumns}.
 */
final class EventTextBlocks implements LogLayout {

    /** The first field of a block, in the display languages of Windows: the log's name (or, before Vista, type). */
    static final Pattern BLOCK_START = Pattern.compile(
            "(?i)^\\s*(Log Name|Protokollname|Nom du journal|Nombre de registro|Event Type|Ereignistyp)\\s?:.*$");
    private static final Pattern FIELD = Pattern.compile("^\\s*([^:]{2,40}?)\\s?:\\s*(.*)$");
    private static final Pattern XML_SECTION = Pattern.compile("^\\s*Event Xml:\\s*$");
    /** wevtutil's line above each event it prints as text ("Event[0]:"), which ends the event before it. */
    private static final Pattern WEVTUTIL_EVENT = Pattern.compile("^Event\\[\\d+\\]:\\s*$");

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
            String label = field.group(1);
            if (EventColumns.isSource(label)) {
                provider = value;
            } else if (EventColumns.isEventId(label)) {
                eventId = EventIds.parse(value, text.file() + ":" + number, notes);
            } else if (EventColumns.isMessage(label)) {
                return new EventRecord(first, provider, eventId, description(text, number, value, last),
                        value.isEmpty() ? number + 1 : number);
            }
        }
        return new EventRecord(first, provider, eventId, null, first);
    }

    private static String description(ExportedText text, int descriptionLine, String sameLine, int last) {
        StringBuilder description = new StringBuilder(sameLine);
        for (int number = descriptionLine + 1; number <= last; number++) {
            String line = text.line(number);
            if (XML_SECTION.matcher(line).matches() || WEVTUTIL_EVENT.matcher(line).matches()) {
                break;
            }
            description.append('\n').append(line);
        }
        return description.toString().strip();
    }
}
