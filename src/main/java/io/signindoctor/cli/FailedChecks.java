package io.signindoctor.cli;

import io.signindoctor.facts.InputProblem;
import java.util.List;

/**
 * kb validate or kb test found errors in the knowledge base they check: the command has printed its report, and
 * {@link FailureHandler} gives the exit code a broken knowledge base has everywhere else, after the problems that
 * stopped the check before it could report (a case file that does not load), if any.
 */
final class FailedChecks extends RuntimeException {

    private final List<InputProblem> problems;

    FailedChecks(List<InputProblem> problems) {
        super(problems.isEmpty() ? "the knowledge base checks found errors" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    List<InputProblem> problems() {
        return problems;
    }
}
