package io.signindoctor.extract;

import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the facts of one incident out of its free-text fields with the catalog's patterns. Stateless and so safe to
 * share between threads. A fact stated twice in one incident (the same error quoted in the description and the
 * work notes) is kept once, at its first mention, so the output lists what the text says, not how often.
 */
public final class TextExtractor {

    private final PatternCatalog catalog;

    public TextExtractor(PatternCatalog catalog) {
        this.catalog = catalog;
    }

    /** Adds to found what the field's text states; seen holds what is already known and is updated. */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (TextPattern pattern : catalog.patterns()) {
            if (!pattern.mayMatch(lower)) {
                continue;
            }
            Matcher match = pattern.regex().matcher(text);
            while (match.find()) {
                for (FactTemplate template : pattern.facts()) {
                    Fact fact = template.create(match, source);
                    if (fact != null && seen.add(fact.describe())) {
                        found.add(new Extracted(fact, pattern.id(), field, match.group()));
                    }
                }
            }
        }
    }
}
