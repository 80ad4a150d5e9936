package io.signindoctor.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.signindoctor.batch.StreamClassification;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of serve: one resident knowledge base behind the JSON API and the web page. Every error leaves as
 * a problem document from one place; a failure inside one request is logged and stays with that request.
 */
public final class DiagnosisServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("signin-doctor.serve");
    private static final String PROBLEM_TYPE = "application/problem+json";
    /** Diagnoses run at once: more than the cores, since a request's work also waits on its client. */
    private static final int WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Requests that ask DNS at once; kept apart, and few, so slow names cannot take the workers from the rest. */
    private static final int PROBE_WORKERS = 4;

    private final Javalin app;
    private final InterviewSessions sessions;
    private final RequestDeadline deadline;
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Builds the server around knowledge already loaded; listening starts with {@link #start()}.
     *
     * @throws InvalidInputException when the knowledge base's extraction patterns are broken
     */
    public DiagnosisServer(Knowledge knowledge, ServerSettings settings, Clock clock) throws InvalidInputException {
        ServerSettings.Limits limits = settings.limits();
        TextExtractor extractor = new TextExtractor(knowledge.catalogue());
        CaseReader cases = new CaseReader(new FactsFileLoader(knowledge.schema()), extractor, knowledge.resemblance(),
                new RequestGathering(settings.allowProbes(), settings.dnsServer()), limits.maxArtifact(),
                limits.maxUpload());
        this.deadline = new RequestDeadline(limits.requestTime(), WORKERS, PROBE_WORKERS);
        this.sessions = new InterviewSessions(knowledge, limits.maxSessions(), limits.sessionIdle(), clock);
        StreamClassification classification = new StreamClassification(knowledge);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = limits.maxBody();
            config.http.disableCompression();
            config.jetty.multipartConfig.maxFileSize(Math.max(limits.maxExport(), limits.maxArtifact()), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Math.max(limits.maxExport(), limits.maxUpload())
                    + limits.maxBody(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) limits.maxBody(), SizeUnit.BYTES);
            config.requestLogger.http(new AccessLog());
            config.jetty.addConnector((server, http) -> {
                http.setSendServerVersion(false);
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.bind());
                connector.setPort(settings.port());
                connector.setIdleTimeout(limits.idle().toMillis());
                return connector;
            });
        });
        app.before(inFlight::enter);
        app.after(inFlight::leave);
        app.before(DiagnosisServer::securityHeaders);
        settings.token().ifPresent(token -> app.before("/api/*", new BearerToken(token)));
        app.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        StaticResources.routes(app);
        app.post("/api/diagnose", new DiagnoseEndpoint(knowledge, cases, deadline));
        app.post("/api/facts", new FactsFileEndpoint(knowledge, cases, deadline));
        app.post("/api/classify", new ClassifyEndpoint(classification, limits.maxExport(), limits.maxBody(),
                limits.concurrentExports()));
        new KnowledgeEndpoints(knowledge, settings.version()).routes(app);
        new InterviewEndpoints(sessions, cases).routes(app);
        app.exception(Problem.class, DiagnosisServer::problem);
        app.exception(HttpResponseException.class, (failure, ctx) -> problem(Problem.of(failure.getStatus(),
                title(failure.getStatus()), failure.getMessage()), ctx));
        app.exception(Exception.class, (failure, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), failure);
            problem(Problem.of(500, "Internal server error", "the server failed on this request; its log says why"),
                    ctx);
        });
    }

    public DiagnosisServer start() {
        app.start();
        LOG.info("listening on {}", url());
        return this;
    }

    /** The port listened on: the one asked for, or the one the kernel picked for 0. */
    public int port() {
        return app.port();
    }

    public String url() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        String host = connector.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + "/";
    }

    /**
     * Stops gracefully: new requests are refused with 503 while those already running finish (for at most grace),
     * then the listener and the interviews are closed.
     */
    public void stop(Duration grace) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        inFlight.drain(grace);
        app.stop();
        sessions.close();
        deadline.close();
        LOG.info("stopped");
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static void problem(Problem problem, Context ctx) {
        ctx.status(problem.status()).contentType(PROBLEM_TYPE).result(problem.toJson(ctx.path()).toString());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 503 -> "Service unavailable";
            default -> "Error " + status;
        };
    }
}
