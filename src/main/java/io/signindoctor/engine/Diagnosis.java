package io.signindoctor.engine;

import io.signindoctor.model.Advisory;
import io.signindoctor.model.Fact;
import java.util.List;

/**
 * Everything a run of the knowledge base concluded about one case. Causes are all those any rule voted on, best
 * first; {@link #shown()} are those at or above the threshold, the ones a report presents as likely.
 */
public record Diagnosis(String title, List<Fact> facts, List<RankedCause> causes, double threshold,
        List<Advisory> advisories, List<OpenQuestion> openQuestions, List<RuleFiring> trace) {

    /** Causes at or above this combined confidence are presented as likely, unless told otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public Diagnosis {
        facts = List.copyOf(facts);
        causes = List.copyOf(causes);
        advisories = List.copyOf(advisories);
        openQuestions = List.copyOf(openQuestions);
        trace = List.copyOf(trace);
    }

    public List<RankedCause> shown() {
        return causes.stream().filter(this::isShown).toList();
    }

    /** Whether a cause of this diagnosis is one of those {@link #shown()}. */
    public boolean isShown(RankedCause cause) {
        return cause.confidence() >= threshold;
    }
}
