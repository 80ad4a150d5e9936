package io.signindoctor.extract;

/**
 * A light stemmer: "disabled", "disable" and "disabling" share the stem "disabl", "users" and "user" share "user".
 * Cue words in the catalogues and words in a text go through the same function, so a cue written in one form finds
 * the others; it need not produce real words, only the same stem for the forms people write.
 */
final class Stems {

    private Stems() {
    }

    static String of(String word) {
        String stem = word;
        if (stem.endsWith("'s")) {
            stem = stem.substring(0, stem.length() - 2);
        }
        if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ed")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.length() > 4 && stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 4 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
