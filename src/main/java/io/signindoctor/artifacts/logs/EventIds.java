package io.signindoctor.artifacts.logs;

import java.util.function.Consumer;

/** Event IDs as exports write them: a decimal number from 0 to 65535, sometimes with the export's own spacing. */
final class EventIds {

    private static final int LARGEST = 65535;

    private EventIds() {
    }

    /** The ID, or null with a note when the text is not one (the event is still read for its description). */
    static Integer parse(String text, String where, Consumer<String> notes) {
        String trimmed = text.trim();
        if (trimmed.matches("\\d{1,5}") && Integer.parseInt(trimmed) <= LARGEST) {
            return Integer.valueOf(trimmed);
        }
        notes.accept(where + ": Event ID \"" + trimmed + "\" is not a number from 0 to " + LARGEST + "; the event is "
                + "read without it");
        return null;
    }
}
