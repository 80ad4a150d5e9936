package io.signindoctor.cli;

import io.signindoctor.authoring.KbValidator;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.KnowledgeLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** kb validate: compiler-style problems of the built-in knowledge base and any site folders. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the built-in knowledge base and each --rules folder: DRL that compiles, rule metadata, "
                + "unique ids, a page for every cause and a cause for every page, a case where each rule fires and "
                + "one where it stays silent, valid case files and vocabulary additions. Prints file:line:col: "
                + "error|warning: message, sorted.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP})
final class KbValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Override
    public Integer call() {
        KnowledgeLoader loader = new KnowledgeLoader();
        KnowledgeLoader.Assembly assembly = loader.assemble(rules.folders);
        List<KnowledgeLayer> layers = KnowledgeLayer.all(assembly.sites());
        KbValidator.Report report = new KbValidator(assembly.pages(), assembly.schema()).validate(layers);
        List<InputProblem> problems = new ArrayList<>(assembly.problems());
        problems.addAll(report.problems());
        if (assembly.problems().isEmpty() && report.unparsableFiles().isEmpty()) {
            try {
                loader.compile(assembly).rules().warnings().forEach(problems::add);
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        problems.addAll(ReadingCheck.problems(assembly.catalogues(), assembly.schema().vocabulary()));
        PrintWriter out = spec.commandLine().getOut();
        problems.stream().sorted().distinct().forEach(out::println);
        long errors = problems.stream().filter(InputProblem::isError).count();
        out.printf("kb validate: %d error%s, %d warning%s in %d rules, %d cases, %d cause pages%n", errors,
                errors == 1 ? "" : "s", problems.size() - errors, problems.size() - errors == 1 ? "" : "s",
                report.rules().size(), report.cases().size(), assembly.pages().pages().size());
        if (errors > 0) {
            throw new FailedChecks(List.of());
        }
        return ExitCode.OK;
    }
}
