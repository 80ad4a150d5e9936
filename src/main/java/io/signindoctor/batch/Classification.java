package io.signindoctor.batch;

import io.signindoctor.extract.Extracted;
import java.util.List;

/**
 * What the mapped fields of an incident come to, apart from where the incident was read: its judgement and the facts
 * with the words they came from. It depends on those fields alone, so incidents whose fields are the same share one
 * ({@link RecentIncidents}).
 */
final class Classification {

    private final Judgement judgement;
    private final List<Extracted> facts;
    /**
     * The JSON writer's encoding of its facts (as they follow the judgement's fields), kept with it once it is
     * remembered for incidents to come, so that each of them writes text encoded once. The judgement's fields are
     * not in it, since the writer keeps those once for all the classifications that share the judgement; and it is
     * kept as text alone, not also as UTF-8 bytes: the memory of recent incidents lives in the old generation, and
     * turning the text into bytes again costs far less than writing the facts field by field. Written and read by the
     * one thread that writes the outcomes.
     */
    private String json;
    /** Whether incidents to come may share it, which makes encoding it once worth while. */
    private volatile boolean remembered;

    Classification(Judgement judgement, List<Extracted> facts) {
        this.judgement = judgement;
        this.facts = List.copyOf(facts);
    }

    Judgement judgement() {
        return judgement;
    }

    List<Extracted> facts() {
        return facts;
    }

    boolean isRemembered() {
        return remembered;
    }

    void markRemembered() {
        remembered = true;
    }

    String json() {
        return json;
    }

    void json(String encoded) {
        this.json = encoded;
    }
}
