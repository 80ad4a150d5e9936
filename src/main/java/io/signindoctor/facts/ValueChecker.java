package io.signindoctor.facts;

import java.util.List;
import java.util.Locale;

/**
 * The one check a single value passes before it becomes a fact, whichever way it came in: a facts file, a classify
 * mapping column, text read from an incident, an interview answer, a site's vocabulary addition. The same value gets
 * the same verdict and the same message everywhere ("expected a whole number from 1 to 65535, got "99999"").
 *
 * <p>Values typed by a person are brought into the vocabulary's spelling on the way ("tcp" is TCP, "yes" is true);
 * the verdict on what they mean does not change with that spelling.
 */
public final class ValueChecker {

    /** A value longer than this is only ever shown in part; a refusal must stay one readable line. */
    private static final int SHOWN = 60;
    private static final List<String> YES = List.of("true", "yes", "y");
    private static final List<String> NO = List.of("false", "no", "n");

    /** The outcome: the canonical value, or a message saying what was expected and what was given. */
    public record Checked(String value, String problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    private ValueChecker() {
    }

    public static Checked check(ValueSpec spec, String raw) {
        String text = raw.strip();
        String canonical = switch (spec.type()) {
            case ValueSpec.BOOLEAN -> flag(text);
            case ValueSpec.INTEGER -> number(spec, text);
            case ValueSpec.CHOICE -> choice(spec, text);
            case ValueSpec.NUMBER_OR_TEXT -> isDigits(text) ? number(spec, text) : formatted(spec, text);
            default -> formatted(spec, text);
        };
        return canonical != null ? new Checked(canonical, null) : refused(spec, raw);
    }

    /** The message for a value refused by this spec: "expected ..., got ...". */
    public static Checked refused(ValueSpec spec, String raw) {
        String nearest = spec.type().equals(ValueSpec.CHOICE) ? NearestNames.suggestion(raw.strip(), spec.choices()) : "";
        return new Checked(null, "expected " + spec.expected() + ", got " + shown(raw) + nearest);
    }

    /** A value as a message quotes it: in quotes, and only its start when it is long. */
    public static String shown(String value) {
        if (value.length() <= SHOWN) {
            return "\"" + value + "\"";
        }
        return "\"" + value.substring(0, SHOWN) + "...\" (" + value.length() + " characters)";
    }

    private static String flag(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return "true";
        }
        return NO.contains(lower) ? "false" : null;
    }

    private static String number(ValueSpec spec, String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (!isDigits(digits) || digits.length() > 18) {
            return null;
        }
        long value = Long.parseLong(digits) * (negative ? -1 : 1);
        if (spec.minimum() != null && value < spec.minimum() || spec.maximum() != null && value > spec.maximum()) {
            return null;
        }
        return Long.toString(value);
    }

    /** Whether a text is one or more ASCII digits, the way a whole number is written in facts and in tickets. */
    public static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A choice matches whatever its case, and with spaces for its hyphens ("no data" is no-data). */
    private static String choice(ValueSpec spec, String text) {
        String typed = hyphenated(text);
        for (String choice : spec.choices()) {
            if (choice.equalsIgnoreCase(typed)) {
                return choice;
            }
        }
        return null;
    }

    /**
     * The text with each run of white space and underscores (what the regular expression [\s_]+ matches) written as
     * one hyphen. A loop rather than a regular expression: text read from every incident is checked, and a choice
     * seldom has a separator to replace.
     */
    private static String hyphenated(String text) {
        StringBuilder typed = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = c == ' ' || c == '_' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                    || c == '\r';
            if (separator && typed == null) {
                typed = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (typed != null && !(separator && inRun)) {
                typed.append(separator ? '-' : c);
            }
            inRun = separator;
        }
        return typed == null ? text : typed.toString();
    }

    private static String formatted(ValueSpec spec, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (spec.format() != null) {
            return spec.format().accepts(text) ? text : null;
        }
        if (spec.pattern() != null) {
            return text.length() <= ValueFormat.MAX_LENGTH && spec.pattern().matcher(text).find() ? text : null;
        }
        return text;
    }
}
