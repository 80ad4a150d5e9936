package io.signindoctor.extract;

/**
 * A light stemmer: "disabled", "disable" and "disabling" share the stem "disabl", "users" and "user" share "user".
 * Cue words in the catalogues and words in a text go through the same function, so a cue written in one form finds
 * the others; it need not produce real words, only the same stem for the forms people write. The text-resemblance
 * model reads words through it too ({@link #cut}), so that its features and the catalogues' cues stem alike.
 */
public final class Stems {

    private Stems() {
    }

    static String of(String word) {
        long cut = cut(word, 0, word.length());
        String stem = word.substring(0, end(cut));
        return addsY(cut) ? stem + "y" : stem;
    }

    /**
     * The stem of word[from, to) without building it, for a reader that hashes words in place: a possessive 's comes
     * off, then -ing, -ed, -ies (read as -y) or a plural -s, then a final -e. Read the result with {@link #end} and
     * {@link #addsY}.
     */
    public static long cut(CharSequence word, int from, int to) {
        int end = to;
        if (end - from >= 2 && word.charAt(end - 2) == '\'' && word.charAt(end - 1) == 's') {
            end -= 2;
        }
        int length = end - from;
        boolean y = false;
        if (length > 5 && endsWith(word, from, end, "ing")) {
            end -= 3;
        } else if (length > 4 && endsWith(word, from, end, "ed")) {
            end -= 2;
        } else if (length > 4 && endsWith(word, from, end, "ies")) {
            end -= 3;
            y = true;
        } else if (length > 3 && word.charAt(end - 1) == 's' && !endsWith(word, from, end, "ss")
                && !endsWith(word, from, end, "us")) {
            end -= 1;
        }
        if (!y && end - from > 4 && word.charAt(end - 1) == 'e') {
            end -= 1;
        }
        return y ? end | Long.MIN_VALUE : end;
    }

    /** Where the stem of a {@link #cut} ends in the word. */
    public static int end(long cut) {
        return (int) cut;
    }

    /** Whether a "y" follows the stem of a {@link #cut}: the -ies of a plural. */
    public static boolean addsY(long cut) {
        return cut < 0;
    }

    private static boolean endsWith(CharSequence word, int from, int end, String suffix) {
        int at = end - suffix.length();
        if (at < from) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (word.charAt(at + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
