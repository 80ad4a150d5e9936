package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, through the logging framework so an operator decides where it goes: who asked, what, the
 * status and how long it took. The query string is left out, since a ticket's words may be in it; bodies never are.
 */
final class AccessLog implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger("signin-doctor.access");

    @Override
    public void handle(Context ctx, Float milliseconds) {
        LOG.info(String.format(Locale.ROOT, "%s %s %s %s %d %.1fms", Instant.now(), ctx.ip(), ctx.method(),
                ctx.path(), ctx.statusCode(), milliseconds));
    }
}
