package io.signindoctor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The signin-doctor command: finds the likely root causes of Communicator sign-in failures. */
@Command(name = "signin-doctor",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Finds the likely root causes of Office Communicator sign-in and server discovery failures "
                + "against Office Communications Server 2007 R2, with remedies and reasons.",
        subcommands = {DiagnoseCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (a bug; run with --verbose for the stack trace).",
            "2:Bad input: invalid command line or invalid file; nothing was produced.",
            "3:A rules folder given with --rules has errors."})
public final class SignInDoctor implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command as main would, writing to the given streams: the seam tests use. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        SignInDoctor root = new SignInDoctor();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            command.getErr().println("signin-doctor: internal error: " + exception);
            if (root.verbose) {
                exception.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return ExitCode.SOFTWARE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
