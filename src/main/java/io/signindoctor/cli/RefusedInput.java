package io.signindoctor.cli;

import io.signindoctor.facts.InputProblem;
import java.util.List;

/**
 * A command refuses its input before producing anything: a file that is not valid, an option that names nothing
 * there is, an output that would replace an input. The command says what is wrong (each problem as file:line:col)
 * and what it therefore did not do; {@link FailureHandler} prints both and gives the exit code, as for every other
 * failure, so that the code a script sees for bad input cannot differ from one verb to the next.
 */
final class RefusedInput extends RuntimeException {

    private final List<InputProblem> problems;
    private final String consequence;

    /**
     * @param problems    what is wrong, each naming its file, line and field; may be empty
     * @param consequence the line that follows them, after "signin-doctor: " (what was not done, or the whole
     *                    reason when there is no problem to list); null for none
     */
    RefusedInput(List<InputProblem> problems, String consequence) {
        super(consequence != null ? consequence : problems.isEmpty() ? "input refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.consequence = consequence;
    }

    /** A refusal that one line explains, with no file position to list. */
    RefusedInput(String reason) {
        this(List.of(), reason);
    }

    List<InputProblem> problems() {
        return problems;
    }

    /** The closing line without its "signin-doctor: " prefix; null when the problems say it all. */
    String consequence() {
        return consequence;
    }
}
