package io.signindoctor.cli;

import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.YamlText;
import io.signindoctor.files.AtomicOutput;
import io.signindoctor.files.OutputCollisions;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.model.CaseFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** gather: facts from DNS, servers and the customer's artifacts, written as a facts file that diagnose reads. */
@Command(name = "gather", mixinStandardHelpOptions = true,
        description = {"Gather facts from DNS, the servers and the customer's artifacts (.reg exports, client logs, "
                + "certificates) and write them as a facts file, each with a comment saying where it came from.",
                "Nothing reaches the network unless an option names it: --domain (DNS, unless --zone-file), "
                        + "--probe-tcp, --tls."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.ENVIRONMENT_HELP})
final class GatherCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SignInDoctor root;

    @Mixin
    GatherOptions gather;

    @Mixin
    ReadLimitOptions limits = new ReadLimitOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Write the facts file here (replaced whole, or left as it was if anything fails).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!gather.any()) {
            throw new ParameterException(spec.commandLine(), "nothing to gather: give --domain, --dns-listing, --tls, --sip-challenge, --cert, "
                    + "--reg, --log or --text");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            Gathering.inputs(gather, new OutputCollisions()).output("--out", out).refuse();
        } catch (InvalidInputException clash) {
            throw refused(clash);
        }
        FactGatherer.Gathered gathered;
        CaseFacts written;
        try (AtomicOutput file = AtomicOutput.create(out)) {
            try {
                gathered = FactGatherer.gather(Gathering.request(gather, limits.limits(), spec.commandLine(),
                        root.input()));
            } catch (InvalidInputException invalid) {
                throw refused(invalid);
            }
            FactsSchema schema = FactsSchema.builtIn();
            CaseFacts facts = CaseTexts.read(new CaseFacts("", gathered.facts(), List.of(), gathered.texts()),
                    schema.vocabulary(), spec.commandLine().getErr());
            String text = new FactsFileWriter(schema.vocabulary()).write(facts);
            if (facts.facts().isEmpty() && facts.texts().isEmpty()) {
                text += "# " + YamlText.comment("Nothing was read from " + Gathering.sources(gather)
                        + ": no fact was found there.") + "\n";
            }
            try {
                new FactsFileLoader(schema).load(out.toString(), text);
            } catch (InvalidInputException bug) {
                throw new IllegalStateException("the gathered facts do not make a valid facts file: "
                        + bug.getMessage(), bug);
            }
            written = facts;
            file.writer().write(text);
            file.commit();
        }
        gathered.notes().forEach(stdout::println);
        if (written.facts().isEmpty()) {
            stdout.println("Nothing was read from " + Gathering.sources(gather) + ": no fact was found there. Wrote "
                    + out + " with no facts; diagnose reads it, and says what to check next.");
        } else {
            long fromText = written.facts().stream()
                    .filter(fact -> written.texts().stream().anyMatch(text -> text.isSourceOf(fact))).count();
            stdout.println("Wrote " + written.facts().size() + " facts to " + out + (fromText == 0 ? "." : " ("
                    + fromText + " read from the text, which is written as it was and read again with the file)."));
        }
        return ExitCode.OK;
    }

    private RefusedInput refused(InvalidInputException invalid) {
        return new RefusedInput(invalid.getProblems(), "nothing was gathered and " + out + " was not written.");
    }
}
