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

    private final List<TextPattern> patterns;
    private final KeywordIndex keywords;

    public TextExtractor(PatternCatalog catalog) {
        this.patterns = catalog.patterns();
        this.keywords = new KeywordIndex(patterns.stream().map(TextPattern::keywords).toList());
    }

    /**
     * Adds to found what the field's text states; seen holds what is already known and is updated. Each regex is
     * tried only where one of its keywords starts, since a match starts there: trying it at every place in the
     * text was most of the cost of classifying an export.
     */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameOffsets = lower.length() == text.length();
        int[][] starts = keywords.occurrences(lower);
        for (int i = 0; i < patterns.size(); i++) {
            if (starts[i] == null) {
                continue;
            }
            TextPattern pattern = patterns.get(i);
            Matcher match = pattern.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int end = 0;
            for (int start : sameOffsets ? starts[i] : new int[] {0}) {
                if (start < end) {
                    continue;
                }
                match.region(start, text.length());
                boolean matched = sameOffsets ? match.lookingAt() : match.find();
                while (matched) {
                    end = match.end();
                    for (FactTemplate template : pattern.facts()) {
                        Fact fact = template.create(match, source);
                        if (fact != null && seen.add(fact.describe())) {
                            found.add(new Extracted(fact, pattern.id(), field, match.group()));
                        }
                    }
                    matched = !sameOffsets && match.find();
                }
            }
        }
    }
}
