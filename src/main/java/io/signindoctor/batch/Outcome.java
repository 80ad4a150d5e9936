package io.signindoctor.batch;

import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.util.List;

/**
 * One incident classified: its top cause when one reaches the threshold (otherwise it is unclassified, and still
 * written), the other causes with some support, the advisories raised (findings that are not why sign-in fails, such
 * as a working client set up with an IP address), the rules that fired and the facts with the words they came from.
 */
record Outcome(String input, int line, String id, CauseScore top, List<CauseScore> others, List<String> advisories,
        List<String> rules, List<Extracted> facts, String label) implements Result {

    Outcome {
        others = List.copyOf(others);
        advisories = List.copyOf(advisories);
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

    /**
     * What a label is compared with: the top cause; without one, the advisory the label names if it was raised, so
     * that an incident labelled with an advisory is right when the rules raise that advisory and show no cause. Any
     * other advisory leaves the incident unclassified here: an advisory is not a cause, and a cause is what a label of
     * none says should not be shown.
     */
    String labelVerdict(String label) {
        if (top != null) {
            return top.cause();
        }
        return advisories.contains(label) ? label : Tally.UNCLASSIFIED;
    }
}
