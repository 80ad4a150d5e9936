package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input named on the command line: a file, or standard input for "-", in a known format. It is checked before
 * the run starts, so a misspelt file name fails the command before anything is written.
 */
record IncidentInput(String name, InputFormat format, long size) {

    static final String STDIN = "-";

    /** An input being read, with the count of its bytes read so far. */
    record Opened(IncidentReader records, CountingInputStream bytes) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    /** Checks the input exists and works out its format; size is -1 when not known in advance (stdin). */
    static IncidentInput of(String name, InputFormat forced) throws InvalidInputException {
        InputFormat format = forced != null ? forced : InputFormat.ofFileName(name).orElseThrow(() ->
                new InvalidInputException(new InputProblem(display(name), 0, 0, "", STDIN.equals(name)
                        ? "standard input has no file extension to tell its format; give --input-format"
                        : "cannot tell the format from the extension; expected .csv, .json, .jsonl or .yaml, "
                        + "or give --input-format")));
        if (STDIN.equals(name)) {
            return new IncidentInput(name, format, -1);
        }
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(new InputProblem(name, 0, 0, "", Files.exists(path)
                    ? "not a regular file" : "no such file"));
        }
        try (InputStream start = Files.newInputStream(path)) {
            refuseUtf16(name, start.readNBytes(2));
            return new IncidentInput(name, format, Files.size(path));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Checks what can be checked of an input before the first record is written: a CSV file's header against the
     * mapping, so that a second input with the wrong columns does not stop the run half-way through its output.
     */
    void checkBeforeReading(Mapping mapping, RecordLimits limits) throws InvalidInputException {
        if (format != InputFormat.csv || STDIN.equals(name)) {
            return;
        }
        try (IncidentReader records = open(InputStream.nullInputStream(), mapping, limits).records()) {
            ((CsvIncidentReader) records).header();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Windows tools often save UTF-16; say so by name rather than calling every byte of it "not UTF-8". */
    private static void refuseUtf16(String name, byte[] start) throws InvalidInputException {
        boolean littleEndian = start.length == 2 && start[0] == (byte) 0xFF && start[1] == (byte) 0xFE;
        boolean bigEndian = start.length == 2 && start[0] == (byte) 0xFE && start[1] == (byte) 0xFF;
        if (littleEndian || bigEndian) {
            throw new InvalidInputException(new InputProblem(display(name), 1, 0, "", "UTF-16 text (it starts with "
                    + "a UTF-16 byte-order mark); expected UTF-8: save the export as UTF-8"));
        }
    }

    /** How records name this input: its path, or &lt;stdin&gt;. */
    String display() {
        return display(name);
    }

    private static String display(String name) {
        return STDIN.equals(name) ? "<stdin>" : name;
    }

    /**
     * Opens the input for reading; a CSV header is checked against the mapping when first read. Text is decoded as
     * UTF-8; a byte that is not UTF-8 is marked (see {@link Row#NOT_UTF8}) so that only its record is rejected, and a
     * byte-order mark (which spreadsheet programs write) is skipped.
     */
    Opened open(InputStream stdin, Mapping mapping, RecordLimits limits) throws IOException, InvalidInputException {
        InputStream raw = STDIN.equals(name) ? stdin : Files.newInputStream(Path.of(name));
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        refuseUtf16(name, buffered.readNBytes(2));
        buffered.reset();
        CountingInputStream counting = new CountingInputStream(buffered);
        Reader reader = withoutByteOrderMark(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(Row.NOT_UTF8))));
        IncidentReader records = switch (format) {
            case csv -> new CsvIncidentReader(display(), reader, mapping, limits);
            case jsonl -> new JsonLinesIncidentReader(display(), reader, limits.read());
            case json -> tree(reader, limits, JSON, "JSON");
            case yaml -> tree(reader, limits, YAML, "YAML");
        };
        return new Opened(records, counting);
    }

    private TreeIncidentReader tree(Reader reader, RecordLimits limits, JsonFactory factory, String language)
            throws IOException {
        LineLimitReader bounded = new LineLimitReader(reader, limits.read().maxLineChars());
        return new TreeIncidentReader(display(), factory.createParser(bounded), language, bounded, limits.read());
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
