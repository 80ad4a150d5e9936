package io.signindoctor.facts;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from the user's files shown on a terminal: a control character in an input (an escape sequence, a carriage
 * return, a bell) is shown as \xNN, so that a crafted file cannot rewrite the screen or hide what was printed.
 * Line breaks and tabs stay as they are.
 */
public final class ControlCharacters extends FilterWriter {

    public ControlCharacters(Writer out) {
        super(out);
    }

    public static String escape(String text) {
        if (text.chars().noneMatch(ControlCharacters::isControl)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> append(escaped, (char) c));
        return escaped.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl(c)) {
            out.write(String.format("\\x%02x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(escape(text.substring(offset, offset + length)));
    }

    private static void append(StringBuilder escaped, char c) {
        if (isControl(c)) {
            escaped.append(String.format("\\x%02x", (int) c));
        } else {
            escaped.append(c);
        }
    }

    private static boolean isControl(int c) {
        return c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F);
    }
}
