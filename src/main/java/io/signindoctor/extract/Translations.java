package io.signindoctor.extract;

import java.util.List;

/**
 * Where a translated phrase of the lexicon stands in a text: its meaning falls on its last word ("passe" of "mot de
 * passe" reads "password"), and only when the phrase's other words stand just before it, as written. Only a word that
 * ends such a phrase is looked at so, and only the few words before it.
 */
final class Translations {

    private Translations() {
    }

    /** Whether the words before a token, as stems, are those a phrase puts before its last word. */
    static boolean follows(List<Token> tokens, int last, String[] before) {
        int first = last - before.length;
        if (first < 0) {
            return false;
        }
        for (int k = 0; k < before.length; k++) {
            Token token = tokens.get(first + k);
            if (token.kind() != ValueKind.WORD || !Stems.of(token.text()).equals(before[k])) {
                return false;
            }
        }
        return true;
    }
}
