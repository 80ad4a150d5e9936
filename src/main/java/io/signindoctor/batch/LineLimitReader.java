package io.signindoctor.batch;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a JSON or YAML input at the first line longer than the limit, before the parser has spent time on it: a
 * YAML scanner slows down more than linearly on a very long line, and a parser holds a whole scalar in memory.
 */
final class LineLimitReader extends FilterReader {

    /** Thrown through the parser; the reader that started it reports the limit. */
    static final class LineTooLong extends IOException {
        LineTooLong(int line) {
            super("line " + line + " is too long");
        }
    }

    private final int maxLineChars;
    private int line = 1;
    private int lineChars;
    private boolean tripped;

    LineLimitReader(Reader in, int maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    /** The line that was too long, or 0 when none has been. */
    int tooLongLine() {
        return tripped ? line : 0;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (tripped) {
            throw new LineTooLong(line);
        }
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (buffer[i] == '\n') {
                line++;
                lineChars = 0;
            } else if (++lineChars > maxLineChars) {
                tripped = true;
                throw new LineTooLong(line);
            }
        }
        return read;
    }
}
