package io.signindoctor.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text from the user's files as YAML that reads back to the same text. Logs and tickets carry NUL bytes, escape
 * sequences, DEL, C1 controls and Unicode line separators; a YAML reader refuses some of them anywhere in a file and
 * takes others as line breaks, so a facts file holding one raw could not be read back. Scalars escape them; comments,
 * which have no escapes and end at any line break, show them as \xNN the way the terminal does.
 */
public final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private YamlText() {
    }

    /** Plain when YAML reads it back as the same text, double-quoted with escapes otherwise. */
    public static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        quoted.append(c).append(text.charAt(++i));
                    } else if (keptAsIs(c)) {
                        quoted.append(c);
                    } else {
                        quoted.append(escape(c));
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * A comment's text on one line: line breaks become a space (a comment cannot go on to the next line), and any
     * other character YAML would refuse or misread is shown by its code, as a double-quoted scalar would escape it.
     */
    public static String comment(String text) {
        String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ");
        StringBuilder shown = null;
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < oneLine.length()
                    && Character.isLowSurrogate(oneLine.charAt(i + 1));
            if (shown == null && (pair || keptAsIs(c) || c == '\t')) {
                continue;
            }
            if (shown == null) {
                shown = new StringBuilder(oneLine.length() + 8).append(oneLine, 0, i);
            }
            if (pair) {
                shown.append(c).append(oneLine.charAt(++i));
            } else {
                shown.append(keptAsIs(c) || c == '\t' ? String.valueOf(c) : escape(c));
            }
        }
        return shown == null ? oneLine : shown.toString();
    }

    /**
     * A character that stands for itself in a YAML file: printable, not a line break, not a byte-order mark, and not
     * half of a surrogate pair (those are handled as pairs).
     */
    private static boolean keptAsIs(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    private static String escape(char c) {
        return c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }
}
