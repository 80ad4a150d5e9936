package io.signindoctor.cli;

import io.signindoctor.facts.InputProblem;
import java.util.List;

/**
 * The knowledge base in force does not load (a --rules folder does not compile, say). Every command that uses the
 * knowledge base ends the same way then: its problems on stderr and exit code 3, which the execution handler in
 * {@link SignInDoctor} does once for all of them.
 */
final class KnowledgeBaseError extends RuntimeException {

    private final List<InputProblem> problems;

    KnowledgeBaseError(List<InputProblem> problems) {
        super(problems.isEmpty() ? "the knowledge base does not load" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    List<InputProblem> problems() {
        return problems;
    }
}
