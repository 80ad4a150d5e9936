package io.signindoctor.artifacts.logs;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a table of events gives its columns, whichever tool wrote it and in whichever display language: Event
 * Viewer's CSV and text exports name theirs in the language of Windows (Source, Quelle, Origen; Event ID,
 * Ereignis-ID, ID de l'événement, Id. del evento) and leave the description's column unnamed, while PowerShell's
 * Export-Csv and tables use the object's property names in English (ProviderName or Source, Id or EventID or
 * InstanceId, Message).
 *
 * @param source the column of the event's source, or -1
 * @param eventId the column of its ID, or -1
 * @param instanceId whether that column holds an InstanceId, whose low 16 bits are the event ID
 * @param message the column of its description, or -1 when it is the unnamed one after the last name
 */
record EventColumns(int source, int eventId, boolean instanceId, int message) {

    private static final Set<String> SOURCE = Set.of("source", "providername", "quelle", "origen");
    private static final List<String> EVENT_ID = List.of("event id", "eventid", "id", "event", "ereignis-id",
            "id de l'événement", "id de l’événement", "id. del evento", "id del evento", "instanceid");
    private static final Set<String> MESSAGE = Set.of("message", "description", "beschreibung", "descripción");

    /** The columns these names give, or null when they are not the names of an event table. */
    static EventColumns of(List<String> names) {
        List<String> lower = names.stream().map(name -> name.replace("\"", "").trim().toLowerCase(Locale.ROOT))
                .toList();
        int source = indexOf(lower, SOURCE);
        int eventId = -1;
        for (String name : EVENT_ID) {
            if (lower.contains(name)) {
                eventId = lower.indexOf(name);
                break;
            }
        }
        if (source < 0 || eventId < 0) {
            return null;
        }
        int message = indexOf(lower, MESSAGE);
        return new EventColumns(source, eventId, lower.get(eventId).equals("instanceid"),
                message >= 0 ? message : lower.size());
    }

    /** The event ID a cell holds: an InstanceId carries severity and facility above its low 16 bits. */
    Integer eventId(String cell, String where, java.util.function.Consumer<String> notes) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (instanceId && cell.trim().matches("\\d{6,10}")) {
            return (int) (Long.parseLong(cell.trim()) & 0xFFFF);
        }
        return EventIds.parse(cell, where, notes);
    }

    /** Whether a label (of a column, or of a field of an event copied as text) names the event's source. */
    static boolean isSource(String label) {
        return SOURCE.contains(label.trim().toLowerCase(Locale.ROOT)) || label.trim().equalsIgnoreCase("Event Source");
    }

    static boolean isEventId(String label) {
        String lower = label.trim().toLowerCase(Locale.ROOT);
        return EVENT_ID.contains(lower) && !lower.equals("instanceid") && !lower.equals("event");
    }

    static boolean isMessage(String label) {
        return MESSAGE.contains(label.trim().toLowerCase(Locale.ROOT));
    }

    private static int indexOf(List<String> names, Set<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
