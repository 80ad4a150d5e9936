package io.signindoctor.facts;

import java.util.List;

/** An input that cannot be used as it is; carries every problem found, not just the first. */
public class InvalidInputException extends Exception {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = problems.stream().sorted().toList();
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> getProblems() {
        return problems;
    }
}
