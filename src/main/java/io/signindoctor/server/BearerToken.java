package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets an API request through only with {@code Authorization: Bearer TOKEN}. A server reachable from a network holds
 * tickets and can be made to look things up, so it answers only callers who were given the token. Compared in
 * constant time, so the token cannot be guessed a character at a time from response times.
 */
final class BearerToken implements Handler {

    private static final String PREFIX = "Bearer ";

    private final byte[] expected;

    BearerToken(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        boolean valid = header != null && header.startsWith(PREFIX)
                && MessageDigest.isEqual(expected, header.substring(PREFIX.length()).trim()
                        .getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.of(401, "Unauthorized", header == null
                    ? "this server requires a token: send the header Authorization: Bearer TOKEN"
                    : "the token in the Authorization header is not this server's");
        }
    }
}
