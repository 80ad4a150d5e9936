package io.signindoctor.artifacts.logs;

/**
 * An event from an Event Viewer export, whatever the export's layout.
 *
 * @param line where the event starts
 * @param provider the event's source (provider name), or null when the export does not say
 * @param eventId the event ID, or null when the export does not say
 * @param message the description, or null
 * @param messageLine the line the description starts on
 */
public record EventRecord(int line, String provider, Integer eventId, String message, int messageLine)
        implements LogUnit {
}
