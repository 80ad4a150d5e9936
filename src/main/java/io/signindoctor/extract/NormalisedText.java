package io.signindoctor.extract;

/**
 * A text in the one form the reader compares words in: lower case, accents folded, with typographic quotes, dashes
 * and spaces made plain, soft hyphens and zero-width characters dropped, line ends made \n, and the {@code >} marks of
 * a quoted e-mail removed. People paste from mail clients, word processors and web pages, and each writes the same
 * words with other characters; without this, one ticket would match and its forwarded copy would not. Every character
 * keeps the place it came from, so a fact can still cite the words as they were written.
 */
final class NormalisedText {

    private final String original;
    private final String text;
    /** The normalised characters, read one at a time by the lexer and the segmenter without a String's checks. */
    private final char[] chars;
    private final int length;
    private final int[] origin;
    /** Where each line break of the original text stands, in order, noted while the text is normalised. */
    private final int[] lineBreaks;
    private final int lineCount;

    private NormalisedText(String original, char[] chars, int length, int[] origin, int[] lineBreaks, int lineCount) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.text = new String(chars, 0, length);
        this.origin = origin;
        this.lineBreaks = lineBreaks;
        this.lineCount = lineCount;
    }

    static NormalisedText of(String original) {
        /*
         * The characters as written, in an array that becomes the normalised text in place: a character is written
         * at or before the place it was read from, and the quote marks and line ends ahead are read before that.
         */
        char[] text = original.toCharArray();
        int length = 0;
        int[] origin = new int[text.length + 1];
        int[] lineBreaks = new int[8];
        int lines = 0;
        int quoted = quoteMarksEnd(text, 0);
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n') {
                if (lines == lineBreaks.length) {
                    lineBreaks = java.util.Arrays.copyOf(lineBreaks, lines * 2);
                }
                lineBreaks[lines++] = i;
            }
            if (c == '\r') {
                if (i + 1 < text.length && text[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            char plain = i < quoted ? ' ' : plain(c);
            if (plain == 0) {
                continue;
            }
            origin[length] = i;
            text[length++] = plain;
            if (plain == '\n') {
                quoted = quoteMarksEnd(text, i + 1);
            }
        }
        origin[length] = text.length;
        return new NormalisedText(original, text, length, origin, lineBreaks, lines);
    }

    /**
     * Where the quote marks of a reply ({@code >}, {@code > >}) that open the line starting here end; the start itself
     * when the line opens with none. Each character is looked at once more at most, so the work stays linear.
     */
    private static int quoteMarksEnd(char[] original, int lineStart) {
        int end = lineStart;
        for (int i = lineStart; i < original.length; i++) {
            char c = original[i];
            if (c == '>') {
                end = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return end;
    }

    /** The plain, lower-case form of one character; 0 for one that is dropped. */
    private static char plain(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '.' || c == '\n') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return switch (c) {
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
            case '\t', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                    '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\f', '\u000B' -> ' ';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2026' -> '.';
            case '\u2022', '\u00B7', '\u25CF', '\u25AA' -> '*';
            case '\u2028', '\u2029', '\u0085' -> '\n';
            default -> Accents.fold(Character.toLowerCase(c));
        };
    }

    String text() {
        return text;
    }

    /** The text as written. */
    String original() {
        return original;
    }

    /** Where a place of the normalised text came from in the text as written. */
    int originalIndex(int index) {
        return origin[index];
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        if (index >= length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    /** The words as written between two places of the normalised text. */
    String originalSpan(int start, int end) {
        if (end <= start) {
            return "";
        }
        return original.substring(origin[start], origin[end - 1] + 1);
    }

    /** The character as written at a place of the normalised text (case matters to tell a NetBIOS name). */
    char originalChar(int index) {
        return original.charAt(origin[index]);
    }

    /** The line (0 for the first) of the original text that a place of the normalised text is on. */
    int lineOf(int index) {
        int at = origin[Math.min(index, length)];
        int low = 0;
        int high = lineCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lineBreaks[middle] < at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
