package io.signindoctor.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web page, its script and style, and the OpenAPI document, read from the jar once and served from memory. The
 * page loads nothing from anywhere else, so it works on a help desk network with no way out.
 */
final class StaticResources {

    private static final String FOLDER = "/io/signindoctor/server/";

    private StaticResources() {
    }

    static void routes(Javalin app) {
        serve(app, "/", "web/index.html", "text/html; charset=utf-8");
        serve(app, "/app.js", "web/app.js", "text/javascript; charset=utf-8");
        serve(app, "/app.css", "web/app.css", "text/css; charset=utf-8");
        serve(app, "/openapi.json", "openapi.json", "application/json");
    }

    private static void serve(Javalin app, String path, String resource, String contentType) {
        byte[] bytes = read(resource);
        app.get(path, ctx -> ctx.contentType(contentType).result(bytes));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticResources.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar is damaged: " + FOLDER + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
