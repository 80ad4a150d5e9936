package io.signindoctor.batch;

import java.util.Map;

/**
 * One incident as read, before anything is made of it: its fields by column name in lower case, so a mapping
 * matches columns whatever case the ticketing system exports them in.
 */
record Row(String input, int line, Map<String, String> fields) implements InputRecord {

    /** The field's text, or null when the column is absent or blank. */
    String get(String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
