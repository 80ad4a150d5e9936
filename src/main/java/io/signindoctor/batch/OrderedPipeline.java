package io.signindoctor.batch;

import io.signindoctor.engine.RuleLoopException;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads the inputs on one thread, classifies batches of records on a pool of workers, and hands the results back in
 * input order. The queue of batches in flight is bounded, so memory stays flat however long the export is, and the
 * results of a batch wait for those before it, so parallel work never reorders the output.
 */
final class OrderedPipeline {

    /** Receives results one at a time, in input order, on the thread that called {@link #run}. */
    interface Sink {
        void accept(Result result) throws IOException;
    }

    static final int BATCH = 256;

    private final Supplier<IncidentClassifier> classifiers;
    private final Mapping mapping;
    private final RecordLimits limits;
    private final int workers;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong recordsRead = new AtomicLong();
    private volatile IncidentInput.Opened current;

    OrderedPipeline(Supplier<IncidentClassifier> classifiers, Mapping mapping, RecordLimits limits, int workers) {
        this.classifiers = classifiers;
        this.mapping = mapping;
        this.limits = limits;
        this.workers = workers;
    }

    /** Bytes of input read so far, for the progress bar; read from any thread. */
    long bytesRead() {
        IncidentInput.Opened reading = current;
        return bytesRead.get() + (reading == null ? 0 : reading.bytes().count());
    }

    /** Records the readers have given so far, rejected ones included. */
    long recordsRead() {
        return recordsRead.get();
    }

    void run(List<IncidentInput> inputs, InputStream stdin, Sink sink, Runnable afterBatch)
            throws IOException, InvalidInputException {
        Queue<IncidentClassifier> created = new ConcurrentLinkedQueue<>();
        ThreadLocal<IncidentClassifier> perThread = ThreadLocal.withInitial(() -> {
            IncidentClassifier classifier = classifiers.get();
            created.add(classifier);
            return classifier;
        });
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> daemon(task, "classify-worker"));
        BlockingQueue<CompletableFuture<List<Result>>> inFlight = new ArrayBlockingQueue<>(workers * 4);
        Thread reader = daemon(() -> read(inputs, stdin, pool, perThread, inFlight), "classify-reader");
        reader.start();
        try {
            while (true) {
                List<Result> batch = take(inFlight);
                if (batch == null) {
                    break;
                }
                for (Result result : batch) {
                    sink.accept(result);
                }
                afterBatch.run();
            }
        } finally {
            reader.interrupt();
            pool.shutdownNow();
            created.forEach(IncidentClassifier::close);
        }
    }

    private void read(List<IncidentInput> inputs, InputStream stdin, ExecutorService pool,
            ThreadLocal<IncidentClassifier> perThread, BlockingQueue<CompletableFuture<List<Result>>> inFlight) {
        try {
            for (IncidentInput input : inputs) {
                readOne(input, stdin, pool, perThread, inFlight);
            }
            inFlight.put(CompletableFuture.completedFuture(null));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | InvalidInputException | RuntimeException | Error failure) {
            try {
                inFlight.put(CompletableFuture.failedFuture(failure));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readOne(IncidentInput input, InputStream stdin, ExecutorService pool,
            ThreadLocal<IncidentClassifier> perThread, BlockingQueue<CompletableFuture<List<Result>>> inFlight)
            throws IOException, InvalidInputException, InterruptedException {
        IncidentInput.Opened opened = input.open(stdin, mapping, limits);
        current = opened;
        try (IncidentReader records = opened.records()) {
            List<InputRecord> batch = new ArrayList<>(BATCH);
            InputRecord record;
            while ((record = records.next()) != null) {
                recordsRead.incrementAndGet();
                batch.add(record);
                if (batch.size() == BATCH) {
                    inFlight.put(submit(batch, pool, perThread));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                inFlight.put(submit(batch, pool, perThread));
            }
        } finally {
            bytesRead.addAndGet(opened.bytes().count());
            current = null;
        }
    }

    private static CompletableFuture<List<Result>> submit(List<InputRecord> records, ExecutorService pool,
            ThreadLocal<IncidentClassifier> perThread) {
        return CompletableFuture.supplyAsync(() -> {
            IncidentClassifier classifier = perThread.get();
            List<Result> results = new ArrayList<>(records.size());
            for (InputRecord record : records) {
                results.add(record instanceof Row row ? classifyAlone(classifier, row) : (Rejected) record);
            }
            return results;
        }, pool);
    }

    /**
     * One row's outcome, or its rejection when classifying it fails: whatever goes wrong with one incident (a text
     * pattern that runs out of stack, a fault in a reader of its words) stays with that incident. A rule that loops
     * is a fault of the knowledge base, not of the incident, and stops the run.
     */
    private static Result classifyAlone(IncidentClassifier classifier, Row row) {
        try {
            return classifier.classify(row);
        } catch (RuleLoopException loop) {
            throw loop;
        } catch (RuntimeException | StackOverflowError failure) {
            return Rejected.failed(row, failure);
        }
    }

    private static List<Result> take(BlockingQueue<CompletableFuture<List<Result>>> inFlight)
            throws IOException, InvalidInputException {
        try {
            return inFlight.take().join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof InvalidInputException invalid) {
                throw invalid;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
