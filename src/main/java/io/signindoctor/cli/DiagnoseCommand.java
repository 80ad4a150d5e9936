package io.signindoctor.cli;

import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.ReadLimits;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.report.JsonReport;
import io.signindoctor.report.TextReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** diagnose FILE: the likely causes of one case, with remedies, evidence and what to check next. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnose one case from a facts file (YAML or JSON; - reads standard input), from facts "
                + "gathered with the options below, or from both together.",
                "Nothing reaches the network unless an option names it: --domain (DNS, unless --zone-file), "
                        + "--probe-tcp, --tls."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP, ExitCode.ENVIRONMENT_HELP})
final class DiagnoseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    SignInDoctor root;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The facts file, e.g. examples/04-manual-server-not-fqdn.yaml.")
    String file;

    @Mixin
    GatherOptions gather;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json (the stable document described in the README).")
    Format format;

    @Option(names = "--explain", description = "Also print the full rule trace: every firing, what it matched and "
            + "what it concluded.")
    boolean explain;

    @Mixin
    RulesOption rules = new RulesOption();

    @Mixin
    ThresholdOption threshold = new ThresholdOption();

    @Mixin
    ReadLimitOptions limits = new ReadLimitOptions();

    @Override
    public Integer call() {
        if (file == null && !gather.any()) {
            throw new ParameterException(spec.commandLine(), "give a facts FILE, something to gather (--domain, "
                    + "--tls, --cert, --reg, --log, --text), or both");
        }
        if ("-".equals(file) && gather.readsStandardInput()) {
            throw new ParameterException(spec.commandLine(), "standard input can be read once: give the facts file "
                    + "or the --text as -, not both");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReadLimits readLimits = limits.limits();
        Knowledge knowledge = rules.loadValid();
        CaseFacts facts;
        try {
            facts = file == null ? new CaseFacts("", List.of()) : read(new FactsFileLoader(knowledge.schema(), readLimits), readLimits);
        } catch (InvalidInputException invalid) {
            throw new RefusedInput(invalid.getProblems(), file + " is not a valid facts file; nothing was diagnosed.");
        }
        if (gather.any()) {
            try {
                facts = Gathering.join(facts, gather, readLimits, spec.commandLine(), root.input(), err,
                        knowledge);
            } catch (InvalidInputException invalid) {
                throw new RefusedInput(invalid.getProblems(), "nothing was gathered; nothing was diagnosed.");
            }
        }
        facts = CaseTexts.read(facts, knowledge, err);
        Diagnosis diagnosis = CaseSession.diagnose(knowledge.rulesFor(facts.facts()), facts, threshold.value());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            new JsonReport(knowledge).write(diagnosis, out, explain);
        } else {
            new TextReport(knowledge).write(diagnosis, out, explain);
        }
        return ExitCode.OK;
    }

    private CaseFacts read(FactsFileLoader loader, ReadLimits readLimits) throws InvalidInputException {
        if (!"-".equals(file)) {
            return loader.load(Path.of(file));
        }
        return loader.load(StandardInput.NAME, new String(StandardInput.read(root.input(), readLimits),
                StandardCharsets.UTF_8));
    }
}
