package io.signindoctor.cli;

import io.signindoctor.kb.Knowledge;
import io.signindoctor.kb.ProductCoverage;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The signin-doctor command: finds the likely root causes of Communicator, Lync and Skype for Business sign-in
 * failures. */
@Command(name = "signin-doctor",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Finds the likely root causes of sign-in and server discovery failures of Office Communicator, "
                + "Lync and Skype for Business clients against Office Communications Server, Lync Server and Skype "
                + "for Business Server, with remedies and reasons.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP,
                ExitCode.REJECTED_HELP, ExitCode.ENVIRONMENT_HELP})
public final class SignInDoctor implements Runnable {

    /**
     * The verbs, in the order help lists them. Picocli reflects over every registered command before parsing, so
     * {@link #commandLine(String...)} registers only the verb being run (all of them when help is wanted): start-up
     * then stays the same however many verbs there are.
     */
    private static final Map<String, Supplier<Object>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("diagnose", DiagnoseCommand::new);
        VERBS.put("classify", ClassifyCommand::new);
        VERBS.put("gather", GatherCommand::new);
        VERBS.put("interview", InterviewCommand::new);
        VERBS.put("kb", KbCommand::new);
        VERBS.put("serve", ServeCommand::new);
        VERBS.put("help", () -> new CommandLine.HelpCommand());
    }

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private InputStream input = System.in;
    private boolean interactive;

    public static void main(String[] args) {
        startLoading(args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, System.console() != null, out, err, args));
    }

    /**
     * Starts loading the built-in knowledge in the background when the command line will need it (diagnose and
     * classify without a site folder), before anything else runs; diagnose prepares the network of its case's rules,
     * classify the network of every rule. The class-data-sharing training run calls it as main does, so that the
     * archive holds the classes of the path a one-shot command takes.
     */
    public static void startLoading(String... args) {
        if (args.length > 0 && !RulesOption.named(args)
                && ("diagnose".equals(args[0]) || "classify".equals(args[0]))) {
            Knowledge.builtIn("classify".equals(args[0]));
        }
    }

    /** Runs the command as main would, writing to the given streams: the seam tests use. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), false, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the input an interview reads its answers from. */
    public static int run(InputStream in, boolean interactive, PrintWriter out, PrintWriter err, String... args) {
        SignInDoctor root = new SignInDoctor();
        root.input = in;
        root.interactive = interactive;
        CommandLine commandLine = commandLine(root, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        FailureHandler failures = new FailureHandler(() -> root.verbose, commandLine.getParameterExceptionHandler());
        commandLine.setExecutionExceptionHandler(failures);
        commandLine.setParameterExceptionHandler(failures);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static CommandLine commandLine(SignInDoctor root, String... args) {
        CommandLine commandLine = new CommandLine(root);
        if (asksForOverallHelp(args)) {
            commandLine.getCommandSpec().usageMessage().footer("%nKnowledge: "
                    + ProductCoverage.of(Knowledge.builtIn()).summary().replace("%", "%%"));
        }
        String verb = args.length == 0 ? "" : args[0];
        boolean onlyOne = VERBS.containsKey(verb) && !"help".equals(verb);
        VERBS.forEach((name, factory) -> {
            if (!onlyOne || name.equals(verb)) {
                commandLine.addSubcommand(name, factory.get());
            }
        });
        return commandLine;
    }

    /**
     * The overall help (no verb, --help, help) says which products the built-in knowledge covers; it costs loading
     * the rules, which a verb's own help and every other command do not pay.
     */
    private static boolean asksForOverallHelp(String... args) {
        return args.length == 0 || args.length == 1 && List.of("--help", "-h", "help").contains(args[0]);
    }

    /** Where the interview reads answers: standard input, or what a test gives. */
    InputStream input() {
        return input;
    }

    /** Whether the answers come from a person at a terminal (line editing) rather than a pipe. */
    boolean interactive() {
        return interactive;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
