package io.signindoctor.batch;

import java.util.Map;

/**
 * One incident as read, before anything is made of it: its fields by column name in lower case, so a mapping
 * matches columns whatever case the ticketing system exports them in.
 */
record Row(String input, int line, Map<String, String> fields) implements InputRecord {

    /**
     * What the readers decode a byte that is not UTF-8 to: a lone low surrogate, which no valid UTF-8 text decodes
     * to, so a damaged record can be told and rejected on its own instead of stopping the whole input.
     */
    static final char NOT_UTF8 = '\uDFFF';

    /** The first column whose text had bytes that are not UTF-8, or null when every field is whole. */
    String columnNotUtf8() {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = field.getValue();
            for (int at = value.indexOf(NOT_UTF8); at >= 0; at = value.indexOf(NOT_UTF8, at + 1)) {
                if (at == 0 || !Character.isHighSurrogate(value.charAt(at - 1))) {
                    return field.getKey();
                }
            }
        }
        return null;
    }

    /** The field's text, or null when the column is absent or blank. */
    String get(String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
