package io.signindoctor.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words written another way than the catalogues write them, mapped to the catalogues' own: the help desk's
 * abbreviations ("addr", "conn", "pwd", from rules/reading.yaml) and a cue word typed with one letter missing
 * ("adress", "incorect", "manualy", "certficate"), one letter doubled ("passsword", "certificatte") or two letters
 * swapped ("certifiacte", "authetnication"): the slips of fast typing and of writers for whom English is a second
 * language. The misspellings are made from the catalogue's stems once, when it is read, and a word of a text is
 * looked up once, so the cost is one hash lookup per word whatever the catalogues hold. Only words of six letters or
 * more are corrected, and never into a word the catalogues know already, so short words and real cue words keep
 * their meaning.
 */
final class Respellings {

    /** The shortest catalogue stem whose misspellings are taken for it. */
    private static final int SHORTEST = 6;

    private final Map<String, String> stems = new HashMap<>();

    /**
     * @param known         every stem the catalogues use (cue words, message words, negators)
     * @param abbreviations an abbreviation's stem and the stem of the word it stands for
     */
    Respellings(Set<String> known, Map<String, String> abbreviations) {
        Set<String> ambiguous = new HashSet<>();
        for (String stem : known) {
            if (stem.length() < SHORTEST || !letters(stem)) {
                continue;
            }
            for (int i = 0; i < stem.length(); i++) {
                respell(stem.substring(0, i) + stem.substring(i + 1), stem, known, ambiguous);
                respell(stem.substring(0, i + 1) + stem.substring(i), stem, known, ambiguous);
                if (i + 1 < stem.length() && stem.charAt(i) != stem.charAt(i + 1)) {
                    respell(stem.substring(0, i) + stem.charAt(i + 1) + stem.charAt(i) + stem.substring(i + 2), stem,
                            known, ambiguous);
                }
            }
        }
        ambiguous.forEach(stems::remove);
        stems.putAll(abbreviations);
    }

    /** Takes a misspelling for a stem, unless it is a known stem itself or another stem's misspelling too. */
    private void respell(String misspelling, String stem, Set<String> known, Set<String> ambiguous) {
        if (known.contains(misspelling)) {
            return;
        }
        String before = stems.putIfAbsent(misspelling, stem);
        if (before != null && !before.equals(stem)) {
            ambiguous.add(misspelling);
        }
    }

    /** The catalogue's stem a text's stem stands for, or the stem itself. */
    String of(String stem) {
        return stems.getOrDefault(stem, stem);
    }

    /** Every stem written another way than the catalogues write it. */
    Set<String> respelled() {
        return Collections.unmodifiableSet(stems.keySet());
    }

    private static boolean letters(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (stem.charAt(i) < 'a' || stem.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
