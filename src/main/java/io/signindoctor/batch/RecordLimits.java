package io.signindoctor.batch;

import io.signindoctor.facts.ReadLimits;
import java.util.Locale;

/**
 * How large one incident may be. Memory and time per record stay bounded whatever the export holds: a record past
 * a limit is rejected on its own, with the limit and the option that raises it, before its text is read for facts.
 */
public record RecordLimits(int maxCellChars, int maxQuotedLines, ReadLimits read) {

    public static final int DEFAULT_CELL_CHARS = 1 << 20;
    public static final int DEFAULT_QUOTED_LINES = 10_000;
    public static final RecordLimits DEFAULT = new RecordLimits(DEFAULT_CELL_CHARS, DEFAULT_QUOTED_LINES,
            ReadLimits.DEFAULT);

    /** The reason to reject a field longer than a cell may be, or null when it is within the limit. */
    String checkCell(String column, String value) {
        if (value.length() <= maxCellChars) {
            return null;
        }
        return String.format(Locale.ROOT, "the field '%s' has %,d characters, more than the limit of %,d "
                + "(--max-cell raises it)", column, value.length(), maxCellChars);
    }
}
