package io.signindoctor.extract;

import java.text.Normalizer;

/**
 * Letters of the Latin alphabets written with an accent, folded to the plain letter: tickets in German, French,
 * Spanish, Czech or Polish are typed on keyboards that have the accents and on keyboards that do not ("sesión" and
 * "sesion", "přihlásit" and "prihlasit"), and the translation lexicon must find both with one lookup. Folding one
 * character into one keeps each character's place in the original, so citations stay exact.
 */
public final class Accents {

    private static final char FIRST = '\u00C0';
    private static final char LAST = '\u017F';
    private static final char[] PLAIN = table();

    private Accents() {
    }

    /** The plain letter of an accented Latin letter; any other character as it is. */
    public static char fold(char c) {
        return c < FIRST || c > LAST ? c : PLAIN[c - FIRST];
    }

    private static char[] table() {
        char[] plain = new char[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            plain[c - FIRST] = Character.isLetter(c) && base < 128 ? base : c;
        }
        plain['\u0141' - FIRST] = 'L';
        plain['\u0142' - FIRST] = 'l';
        plain['\u0110' - FIRST] = 'D';
        plain['\u0111' - FIRST] = 'd';
        plain['\u00D8' - FIRST] = 'O';
        plain['\u00F8' - FIRST] = 'o';
        return plain;
    }
}
