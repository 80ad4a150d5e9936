package io.signindoctor.extract;

import io.signindoctor.model.Source;
import java.util.List;
import java.util.Set;

/**
 * A worker's memory of the texts it read last, so that a text that recurs is read once ({@link TextMemory} says how
 * it is bounded), and a text new to it but of a shape met before is not read but given the facts that shape's steps
 * make with its values ({@link TextShapes}).
 *
 * <p>Giving a recurring text the facts remembered from its first reading is exact, not an approximation: what
 * {@link TextReading} makes of a text depends on the text and the catalogues alone (it consults nothing else of the
 * incident), and the place the text starts at only enters the facts as the place they cite, which {@link FieldFacts}
 * keeps as a line within the text and places again for each incident. What does depend on the incident, which facts
 * its earlier fields already gave and which value of a first-mention setting it named first, is settled for each
 * incident anew by {@link FieldFacts#addTo}, as it is for a text read for the first time. Not thread-safe: one per
 * worker.
 */
public final class RecentTexts {

    private final TextExtractor extractor;
    /** The texts kept and what each states. */
    private final TextMemory<FieldFacts> read = new TextMemory<>();
    /** The steps of the shapes of texts read lately, which all the workers of a batch share. */
    private final TextShapes shapes;

    public RecentTexts(TextExtractor extractor, TextShapes shapes) {
        this.extractor = extractor;
        this.shapes = shapes;
    }

    /** Does what {@link TextExtractor#extract} does, reading the text only if it is not one read lately. */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isBlank()) {
            return;
        }
        FieldFacts facts = read.get(text);
        if (facts == null) {
            facts = extractor.read(text, source, shapes);
            facts.addTo(field, source, found, seen, extractor.catalog().firstMentionWins());
            if (read.worthKeeping(text)) {
                facts.keepLean();
                read.keep(text, facts);
            }
            return;
        }
        facts.addTo(field, source, found, seen, extractor.catalog().firstMentionWins());
    }
}
