package io.signindoctor.extract;

import io.signindoctor.facts.NearestNames;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.ValueSpec;
import io.signindoctor.facts.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary as the readers of free text and export columns use it: which fact an id names, and whether a value
 * written there may become that fact. Values are judged by the same {@link ValueChecker} as a facts file, so rules
 * never see a value a case file could not hold.
 */
public final class ScalarValues {

    private final Vocabulary vocabulary;

    public ScalarValues(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Optional<Vocabulary.Entry> find(String factId) {
        return vocabulary.find(factId);
    }

    /**
     * What a file that names a fact nobody has defined is told: the nearest id when one reads as a typo of it
     * ("did you mean `client.configuration`?"), or else every id there is.
     */
    public String unknownFact(String factId) {
        List<String> ids = vocabulary.entries().stream().map(Vocabulary.Entry::id).toList();
        String suggestion = NearestNames.suggestion(factId, ids);
        return "no such fact in the vocabulary: " + factId
                + (suggestion.isEmpty() ? "; expected one of: " + String.join(", ", ids) : suggestion);
    }

    public ValueChecker.Checked check(Vocabulary.Entry entry, String raw) {
        return ValueChecker.check(entry.spec(), raw);
    }

    /** A field of a list fact (events.port, dns.result), checked the way a facts file's would be. */
    public ValueChecker.Checked check(String section, String field, String raw) {
        ValueSpec spec = vocabulary.field(section, field).orElseThrow(() -> new IllegalArgumentException(
                "the facts schema has no field " + section + "." + field));
        return ValueChecker.check(spec, raw);
    }

    /** Whether the facts schema says what this field of a list fact allows. */
    public boolean hasField(String section, String field) {
        return vocabulary.field(section, field).isPresent();
    }

    /** The fields an event of this kind must have, as the facts schema requires them. */
    public List<String> requiredEventFields(String kind) {
        return vocabulary.requiredEventFields(kind);
    }
}
