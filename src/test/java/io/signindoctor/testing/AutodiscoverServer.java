package io.signindoctor.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A Lync Autodiscover service on 127.0.0.1, over HTTPS (with a test certificate) and HTTP, answering from what the
 * test tells it: the handler sees each request (its Host header names which Autodiscover name was asked) and the
 * two ports, so its documents can link back to this server by name.
 */
public final class AutodiscoverServer implements AutoCloseable {

    /** Answers one request; {@link #reply} writes an answer. */
    public interface Answers {
        void answer(HttpExchange exchange, AutodiscoverServer server) throws IOException;
    }

    private final HttpsServer https;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "test-autodiscover");
        thread.setDaemon(true);
        return thread;
    });

    private AutodiscoverServer(HttpsServer https, HttpServer http, Answers answers) {
        this.https = https;
        this.http = http;
        HttpHandler handler = exchange -> {
            try (exchange) {
                answers.answer(exchange, this);
            }
        };
        for (HttpServer server : new HttpServer[] {https, http}) {
            server.createContext("/", handler);
            server.setExecutor(threads);
            server.start();
        }
    }

    public static AutodiscoverServer start(Path keyStore, String password, Answers answers)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStore.toFile())) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpsServer https = HttpsServer.create(loopback, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        return new AutodiscoverServer(https, HttpServer.create(loopback, 0), answers);
    }

    public int httpsPort() {
        return https.getAddress().getPort();
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    /** --web-ports for this server. */
    public String webPorts() {
        return httpsPort() + "," + httpPort();
    }

    /** https://HOST:PORT of this server under a name DNS gives it. */
    public String httpsBase(String host) {
        return "https://" + host + ":" + httpsPort();
    }

    public static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        https.stop(0);
        http.stop(0);
        threads.shutdownNow();
    }
}
