package io.signindoctor.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much of a file is read before it is refused. Parsers are not linear on every input (a YAML scanner slows down
 * on a very long line), so each bound is checked before the parser starts, and each refusal names the option that
 * raises it.
 */
public record ReadLimits(long maxFileBytes, int maxLineChars) {

    public static final long DEFAULT_FILE_BYTES = 16L << 20;
    public static final int DEFAULT_LINE_CHARS = 1 << 20;
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_FILE_BYTES, DEFAULT_LINE_CHARS);

    /**
     * Refuses a file read whole (a facts file, a mapping, an artifact) that is larger than the limit, and reports a
     * file the system will not let us open as an environment fault. A missing file is left to the reader, which
     * says so as bad input.
     */
    public void checkSize(Path file) throws InvalidInputException {
        try (InputStream opened = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, "", String.format(Locale.ROOT,
                        "the file has %,d bytes, more than the limit of %,d (--max-file-size raises it)", size,
                        maxFileBytes)));
            }
        } catch (NoSuchFileException missing) {
            return;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Refuses text with a line longer than the limit, before a parser spends time on it. */
    public void checkLines(String display, String text) throws InvalidInputException {
        int line = 1;
        int start = 0;
        for (int at = 0; at <= text.length(); at++) {
            if (at == text.length() || text.charAt(at) == '\n') {
                if (at - start > maxLineChars) {
                    throw new InvalidInputException(tooLong(display, line));
                }
                line++;
                start = at + 1;
            }
        }
    }

    /** The problem of a line longer than the limit. */
    public InputProblem tooLong(String display, int line) {
        return new InputProblem(display, line, 0, "", String.format(Locale.ROOT, "the line is longer than the limit "
                + "of %,d characters (--max-line raises it)", maxLineChars));
    }
}
