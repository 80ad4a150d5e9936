package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contracted forms of "is not" (rules/reading.yaml's not-contractions): a cue the catalogues write as "not
 * available" or "not supported" is written in e-mails as "isn't available" or "wasn't supported", and listing both for
 * every cue would double the catalogue and still miss some. Each cue phrase that opens with "not" is so also read with
 * each contracted form in its place.
 */
record Contractions(Set<String> forms) {

    static final Contractions NONE = new Contractions(Set.of());
    private static final String NOT = "not";

    Contractions {
        forms = Set.copyOf(forms);
    }

    /** These forms and those a later reading file adds (a site's catalogue extends the built-in one). */
    Contractions with(JsonNode reading) {
        Set<String> all = new HashSet<>(forms);
        reading.path("not-contractions").forEach(form -> all.add(
                PatternCatalog.stemsOf(form.asText().toLowerCase(Locale.ROOT))[0]));
        return new Contractions(all);
    }

    /**
     * The phrase written with each contracted form for its opening "not", leaving out those its group already lists
     * (a phrase listed twice in one group would count as two cues); none for a phrase without it.
     */
    List<String[]> variants(String[] phrase, List<String[]> group) {
        if (phrase.length < 2 || !phrase[0].equals(NOT) || forms.isEmpty()) {
            return List.of();
        }
        List<String[]> variants = new ArrayList<>(forms.size());
        for (String form : forms) {
            String[] variant = phrase.clone();
            variant[0] = form;
            if (group.stream().noneMatch(listed -> Arrays.equals(listed, variant))) {
                variants.add(variant);
            }
        }
        return variants;
    }
}
