package io.signindoctor.cli;

import io.javalin.util.JavalinBindException;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.gather.HostPort;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.server.DiagnosisServer;
import io.signindoctor.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** serve: the knowledge base kept loaded behind a JSON API and a web page, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page and the JSON API (/openapi.json describes it) with the knowledge base "
                + "loaded once, answering each diagnosis in milliseconds. Stops gracefully on SIGTERM or Ctrl-C.",
                "Listens on loopback unless --bind says otherwise, and then only with --token-file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP})
final class ServeCommand implements Callable<Integer> {

    private static final Duration GRACE = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The TCP port (default ${DEFAULT-VALUE}; 0 lets the system pick one, which is printed).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default ${DEFAULT-VALUE}). Any other than loopback needs "
                    + "--token-file.")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the token every API request must send as Authorization: Bearer TOKEN.")
    Path tokenFile;

    @Option(names = "--allow-probes", description = "Let a diagnosis request name a domain whose discovery "
            + "records the server looks up in DNS: the SRV and host records under it, and the address records of "
            + "the servers they name when those lie under it too (names outside it are not looked up, and the answer "
            + "says so). Off by default.")
    boolean allowProbes;

    @Option(names = "--dns-server", paramLabel = "HOST[:PORT]", description = "With --allow-probes: ask this DNS "
            + "server (port 53 unless given) instead of the system resolver.")
    String dnsServer;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Answer a "
            + "diagnosis that takes longer than this (reading uploads, DNS lookups, the rules) with 503 and stop its "
            + "work (1 to 300; default ${DEFAULT-VALUE}).")
    int requestTimeout;

    @Mixin
    RulesOption rules = new RulesOption();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (requestTimeout < 1 || requestTimeout > 300) {
            throw new ParameterException(spec.commandLine(), "--request-timeout must be between 1 and 300 seconds, "
                    + "not " + requestTimeout);
        }
        if (dnsServer != null && !allowProbes) {
            throw new ParameterException(spec.commandLine(), "--dns-server says where probes ask; it needs "
                    + "--allow-probes");
        }
        HostPort resolver = resolver();
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> token;
        try {
            token = token();
        } catch (IOException unreadable) {
            throw new RefusedInput(tokenFile + ": cannot read the token file: " + unreadable.getMessage());
        }
        if (token.isEmpty() && !loopback()) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + " listens beyond this machine; give "
                    + "--token-file FILE so that only callers with the token are answered");
        }
        Knowledge knowledge = loaded();
        DiagnosisServer server;
        try {
            server = new DiagnosisServer(knowledge, new ServerSettings(bind, port, token, allowProbes, resolver,
                    version(), ServerSettings.Limits.defaults().withRequestTime(Duration.ofSeconds(requestTimeout))),
                    Clock.systemUTC());
        } catch (InvalidInputException broken) {
            throw new KnowledgeBaseError(broken.getProblems());
        }
        try {
            server.start();
        } catch (JavalinBindException busy) {
            throw new RefusedInput("cannot listen on " + bind + ":" + port + ": " + busy.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(GRACE);
            stopped.countDown();
        }, "serve-shutdown"));
        out.println("signin-doctor serve: listening on " + server.url() + " (SIGTERM or Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    /**
     * The knowledge in force, waited for whole: it loads in the background, and the server must not listen (nor
     * /health say ok) before it can answer, nor make its first caller wait for the rule network.
     */
    private Knowledge loaded() {
        Knowledge knowledge = rules.load();
        knowledge.rules();
        knowledge.pages();
        knowledge.schema();
        return knowledge;
    }

    /** The version from the jar manifest, as --version reports it. */
    private static String version() {
        String version = SignInDoctor.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private HostPort resolver() {
        if (dnsServer == null) {
            return null;
        }
        try {
            return HostPort.parse(dnsServer, 53);
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(spec.commandLine(), "--dns-server: " + invalid.getMessage());
        }
    }

    private Optional<String> token() throws IOException {
        if (tokenFile == null) {
            return Optional.empty();
        }
        String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        if (token.length() < 16 || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new ParameterException(spec.commandLine(), "--token-file " + tokenFile + ": expected one line of "
                    + "at least 16 printable ASCII characters with no spaces");
        }
        return Optional.of(token);
    }

    private boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            throw new ParameterException(spec.commandLine(), "--bind: no such address or host name: " + bind);
        }
    }
}
