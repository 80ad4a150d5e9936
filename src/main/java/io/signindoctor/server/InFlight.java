package io.signindoctor.server;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Counts the requests being handled, so a stopping server can let them finish: once draining, new requests are
 * refused with 503 and the server waits until the count falls to zero.
 */
final class InFlight {

    private int running;
    private boolean draining;

    void enter(Context ctx) {
        synchronized (this) {
            if (!draining) {
                running++;
                ctx.attribute(InFlight.class.getName(), Boolean.TRUE);
                return;
            }
        }
        ctx.header("Connection", "close");
        throw Problem.of(503, "Service unavailable", "the server is stopping");
    }

    void leave(Context ctx) {
        if (ctx.attribute(InFlight.class.getName()) != null) {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    /** Refuses new requests and waits up to grace for those running to finish. */
    synchronized void drain(Duration grace) {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (running > 0 && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
