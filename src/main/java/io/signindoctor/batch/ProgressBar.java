package io.signindoctor.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error: rows done, rows per second and, when the input's size is known,
 * the share done and the time left. Drawn only on a terminal: in a log or a pipe the carriage returns would be
 * noise. A dozen lines of our own rather than a library, since this is all it needs to do.
 */
final class ProgressBar {

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    /**
     * Whether to draw: only when standard error is a terminal, and not when the records themselves are scrolling
     * past on the same terminal (no --out), where redraws would land between them.
     */
    static boolean wanted(boolean recordsOnStandardOutput) {
        return isTerminal(2) && !(recordsOnStandardOutput && isTerminal(1));
    }

    /**
     * Whether a standard stream of this process is a terminal. Java can only ask that of all three streams together
     * (System.console()), and classify's output usually goes to a file or a pipe, so ask Linux directly.
     */
    private static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
            return false;
        }
    }

    void update(long rows) {
        long now = System.nanoTime();
        if (!enabled || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = rows / seconds;
        StringBuilder line = new StringBuilder("\r");
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
            int filled = (int) (done * WIDTH);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%%  ", done * 100));
            if (done > 0) {
                long left = Math.round(seconds / done - seconds);
                line.append(String.format(Locale.ROOT, "ETA %d:%02d  ", left / 60, left % 60));
            }
        }
        line.append(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s   ", rows, rate));
        err.print(line);
        err.flush();
        drawn = true;
    }

    /** Clears the line so the summary starts on a clean one. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
