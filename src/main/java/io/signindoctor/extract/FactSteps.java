package io.signindoctor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps by which a reading of a text stated its facts, in order: which templates, filled from which tokens,
 * citing which words. Every decision of the reading that led to them depends on the text's words, on its punctuation
 * and on the kind and catalogue entry of each value, never on the value's own characters (see {@link TextShapes} for
 * why); so on another text that differs only in its values, taking the same steps gives what reading it would, with
 * its own values, words and lines. Immutable, and shared between threads.
 */
final class FactSteps {

    private sealed interface Step {
        void take(FactWriter writer);
    }

    private record Emit(List<FactTemplate> templates, Binding binding, String id, int first, int last,
            Double similarity) implements Step {
        @Override
        public void take(FactWriter writer) {
            writer.emit(templates, binding, id, first, last, similarity);
        }
    }

    private record Code(int token, ErrorCode code) implements Step {
        @Override
        public void take(FactWriter writer) {
            writer.code(token, code);
        }
    }

    private final Step[] steps;

    private FactSteps(List<Step> steps) {
        this.steps = steps.toArray(new Step[0]);
    }

    /** Takes the steps again, on the text the writer writes the facts of. */
    void replay(FactWriter writer) {
        for (Step step : steps) {
            step.take(writer);
        }
    }

    /** Notes the steps of one reading as it takes them. */
    static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        void emit(List<FactTemplate> templates, Binding binding, String id, int first, int last, Double similarity) {
            steps.add(new Emit(templates, binding, id, first, last, similarity));
        }

        void code(int token, ErrorCode code) {
            steps.add(new Code(token, code));
        }

        FactSteps build() {
            return new FactSteps(steps);
        }
    }
}
