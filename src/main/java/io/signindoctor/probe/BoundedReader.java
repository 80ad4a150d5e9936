package io.signindoctor.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a server's reply within one time-out for the whole reply, not per read: a server that sends one byte every
 * second would otherwise keep a probe waiting for ever. Lines and bodies are bounded in size too, so nothing a
 * server sends can make a probe hang or fill memory.
 */
final class BoundedReader {

    /** A reply larger than this is cut here; an Autodiscover document or a SIP answer is a few kilobytes. */
    static final int MAX_BODY = 1 << 20;
    private static final int MAX_LINE = 16 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final long deadline;

    BoundedReader(Socket socket, Duration timeout) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** One byte, or -1 at the end of the stream. */
    int read() throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no complete answer within the time-out");
        }
        socket.setSoTimeout((int) Math.max(1, left));
        return in.read();
    }

    /**
     * A line ended by CRLF or LF, without its end; null at the end of the stream before any byte.
     *
     * @throws IOException when the line is longer than any header line could be
     */
    String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            if (line.size() >= MAX_LINE) {
                throw new LineTooLongException("a line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Exactly count bytes (fewer at the end of the stream), up to {@link #MAX_BODY} in all. */
    void bytes(long count, ByteArrayOutputStream into) throws IOException {
        for (long i = 0; i < count; i++) {
            int b = read();
            if (b < 0) {
                return;
            }
            if (into.size() < MAX_BODY) {
                into.write(b);
            }
        }
    }

    /** Everything until the server closes, up to {@link #MAX_BODY}. */
    void rest(ByteArrayOutputStream into) throws IOException {
        int b;
        while (into.size() < MAX_BODY && (b = read()) >= 0) {
            into.write(b);
        }
    }

    /** A line that no HTTP or SIP server would send: the reply is not what the probe asked for. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(String message) {
            super(message);
        }
    }
}
