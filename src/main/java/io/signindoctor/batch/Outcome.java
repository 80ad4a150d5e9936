package io.signindoctor.batch;

import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.util.List;

/**
 * One incident classified: its judgement (its top cause when one reaches the threshold, otherwise it is unclassified
 * and still written; the other causes with some support; the advisories raised, findings that are not why sign-in
 * fails, such as a working client set up with an IP address; the rules that fired) and the facts with the words they
 * came from, which incidents with the same fields share, and where it was read.
 */
record Outcome(String input, int line, String id, Classification classification, String label) implements Result {

    Outcome(String input, int line, String id, Judgement judgement, List<Extracted> facts, String label) {
        this(input, line, id, new Classification(judgement, facts), label);
    }

    Judgement judgement() {
        return classification.judgement();
    }

    List<Extracted> facts() {
        return classification.facts();
    }

    CauseScore top() {
        return judgement().top();
    }

    List<CauseScore> others() {
        return judgement().others();
    }

    List<String> advisories() {
        return judgement().advisories();
    }

    List<String> rules() {
        return judgement().rules();
    }

    boolean isClassified() {
        return top() != null;
    }

    /** The cause the summary counts it under. */
    String verdict() {
        return isClassified() ? top().cause() : Tally.UNCLASSIFIED;
    }

    /**
     * What a label is compared with: the top cause; without one, the advisory the label names if it was raised, so
     * that an incident labelled with an advisory is right when the rules raise that advisory and show no cause. Any
     * other advisory leaves the incident unclassified here: an advisory is not a cause, and a cause is what a label of
     * none says should not be shown.
     */
    String labelVerdict(String label) {
        if (isClassified()) {
            return top().cause();
        }
        return advisories().contains(label) ? label : Tally.UNCLASSIFIED;
    }
}
