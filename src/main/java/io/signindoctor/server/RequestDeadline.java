package io.signindoctor.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time limit on one request's work. The work runs on a worker of its own while the request's thread waits for
 * at most the limit; past it the caller gets 503 at once and the worker is interrupted. Work that asks DNS (what can
 * take long, and what a caller can make take long) runs on workers apart from the rest, so requests that probe slow
 * names cannot hold up the diagnoses of everyone else.
 */
final class RequestDeadline implements AutoCloseable {

    private static final int QUEUE = 64;

    private final Duration limit;
    private final ThreadPoolExecutor local;
    private final ThreadPoolExecutor probing;

    /**
     * @param limit how long a request's work may take
     * @param workers how many requests' local work may run at once
     * @param probeWorkers how many requests that ask DNS may run at once
     */
    RequestDeadline(Duration limit, int workers, int probeWorkers) {
        this.limit = limit;
        this.local = pool("serve-work-", workers);
        this.probing = pool("serve-probe-", probeWorkers);
    }

    private static ThreadPoolExecutor pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                work -> {
                    Thread thread = new Thread(work, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * The work's result, or a 503 problem when it ran over the limit or too many requests are waiting already.
     *
     * @param probes whether the work asks DNS
     */
    <T> T run(boolean probes, Callable<T> work) {
        Future<T> future;
        try {
            future = (probes ? probing : local).submit(work);
        } catch (RejectedExecutionException full) {
            throw Problem.of(503, "Service unavailable", "too many requests are waiting" + (probes ? " to probe DNS"
                    : "") + "; try again shortly");
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            throw Problem.of(503, "Service unavailable", "the request took longer than this server's limit of "
                    + limit.toMillis() + " ms (serve --request-timeout) and was stopped"
                    + (probes ? "; the DNS lookups it asked for did not answer in time" : ""));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw Problem.of(503, "Service unavailable", "the server is stopping");
        }
    }

    @Override
    public void close() {
        local.shutdownNow();
        probing.shutdownNow();
    }
}
