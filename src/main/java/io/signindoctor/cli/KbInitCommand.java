package io.signindoctor.cli;

import io.signindoctor.kbfiles.SiteTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kb init DIR: a new site folder with a sample rule, cases, vocabulary addition and cause page. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a site-local knowledge folder with a sample rule, its cases, a vocabulary addition and "
                + "a cause page; it passes kb validate and kb test as created.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP})
final class KbInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create (new, or empty).")
    Path folder;

    @Override
    public Integer call() {
        List<Path> written;
        try {
            written = new SiteTemplate().writeTo(folder);
        } catch (IOException e) {
            throw new RefusedInput(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        written.forEach(file -> out.println("created " + file));
        out.println("Next: signin-doctor kb validate --rules " + folder + " && signin-doctor kb test --rules "
                + folder);
        return ExitCode.OK;
    }
}
