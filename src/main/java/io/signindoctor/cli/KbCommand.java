package io.signindoctor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** kb: the rule author's tools, each a subcommand. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Work on the knowledge base: validate and test rules, measure coverage, list and show "
                + "knowledge, create a site-local rules folder.",
        subcommands = {KbValidateCommand.class, KbTestCommand.class, KbCoverageCommand.class, KbListCommand.class,
            KbShowCommand.class, KbInitCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP, ExitCode.ENVIRONMENT_HELP})
final class KbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
