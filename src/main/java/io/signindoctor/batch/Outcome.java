package io.signindoctor.batch;

import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.util.List;

/**
 * One incident classified: its top cause when one reaches the threshold (otherwise it is unclassified, and still
 * written), the other causes with some support, the rules that fired and the facts with the words they came from.
 */
record Outcome(String input, int line, String id, CauseScore top, List<CauseScore> others, List<String> rules,
        List<Extracted> facts, String label) implements Result {

    Outcome {
        others = List.copyOf(others);
        rules = List.copyOf(rules);
        facts = List.copyOf(facts);
    }

    boolean isClassified() {
        return top != null;
    }

    /** The cause the summary counts it under. */
    String verdict() {
        return top == null ? Tally.UNCLASSIFIED : top.cause();
    }
}
