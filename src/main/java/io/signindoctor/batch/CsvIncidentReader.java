package io.signindoctor.batch;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads RFC 4180 CSV with a header line: quoted fields may hold commas, doubled quotes and line breaks. Written here
 * rather than taken from a CSV library because a broken record must cost only itself: when a record cannot be read
 * (text after a closing quote, a quote left open until a later quote with text after it, the wrong number of
 * fields), its first physical line is rejected with its line number and reading starts again on the next line. A
 * quoted field past a limit is one rejected record: the reader goes on, keeping nothing, to its closing quote and the
 * end of the record. A quote that the input ends inside is one rejected record too, since by the CSV rules all that
 * follows it is that field. The libraries we tried stop at such an error or read on in the wrong place.
 */
final class CsvIncidentReader implements IncidentReader {

    private enum Outcome { END, BLANK, RECORD, BROKEN }

    private final String input;
    private final Reader reader;
    private final Mapping mapping;
    private final int maxChars;
    private final int maxLines;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private char[] buffer = new char[1 << 16];
    private int cursor;
    private int limit;
    private int recordStart;
    private int startLine;
    private int line = 1;
    private boolean endOfInput;
    private String problem;
    private String excerpt;
    private String[] header;

    /**
     * A record is held in memory until it is complete, so it may have at most limits.maxCellChars characters, and a
     * quoted field may span at most limits.maxQuotedLines lines; past either, the record is rejected and skipped.
     */
    CsvIncidentReader(String input, Reader reader, Mapping mapping, RecordLimits limits) {
        this.input = input;
        this.reader = reader;
        this.mapping = mapping;
        this.maxChars = limits.maxCellChars();
        this.maxLines = limits.maxQuotedLines();
    }

    @Override
    public InputRecord next() throws IOException, InvalidInputException {
        header();
        while (true) {
            switch (parse()) {
                case END -> {
                    return null;
                }
                case BLANK -> {
                    continue;
                }
                case BROKEN -> {
                    return new Rejected(input, startLine, problem, excerpt);
                }
                default -> {
                    if (fields.size() != header.length) {
                        return new Rejected(input, startLine, "expected " + header.length
                                + " fields as in the header line, got " + fields.size(), String.join(",", fields));
                    }
                    Map<String, String> values = new LinkedHashMap<>(header.length * 2);
                    for (int i = 0; i < header.length; i++) {
                        values.put(header[i], fields.get(i));
                    }
                    return new Row(input, startLine, values);
                }
            }
        }
    }

    /** Reads and checks the header line, once, before the first record. */
    void header() throws IOException, InvalidInputException {
        if (header != null) {
            return;
        }
        Outcome outcome = parse();
        if (outcome == Outcome.END || outcome == Outcome.BLANK) {
            throw new InvalidInputException(new InputProblem(input, 1, 0, "",
                    "expected a header line naming the columns; the file starts with nothing"));
        }
        if (outcome == Outcome.BROKEN) {
            throw new InvalidInputException(new InputProblem(input, startLine, 0, "",
                    "the header line cannot be read: " + problem));
        }
        String[] names = new String[fields.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = fields.get(i).strip().toLowerCase(Locale.ROOT);
            if (!seen.add(names[i])) {
                throw new InvalidInputException(new InputProblem(input, startLine, 0, "",
                        "the column '" + fields.get(i) + "' appears twice in the header line"));
            }
        }
        String missing = mapping.checkHeader(List.of(names));
        if (missing != null) {
            throw new InvalidInputException(new InputProblem(input, startLine, 0, "", missing));
        }
        header = names;
    }

    private Outcome parse() throws IOException {
        recordStart = cursor;
        startLine = line;
        fields.clear();
        if (peek() < 0) {
            return Outcome.END;
        }
        int lines = 0;
        boolean quoted = false;
        int c;
        while (true) {
            field.setLength(0);
            c = read();
            if (c == '"') {
                quoted = true;
                while (true) {
                    c = read();
                    if (c < 0) {
                        return unclosed(fields.size() + 1, firstLine(), lines);
                    }
                    if (cursor - recordStart > maxChars) {
                        return tooLong(fields.size() + 1, lines, String.format(Locale.ROOT, "the limit of %,d "
                                + "characters in a record (--max-cell raises it)", maxChars));
                    }
                    if (lines >= maxLines) {
                        return tooLong(fields.size() + 1, lines, String.format(Locale.ROOT, "the limit of %,d "
                                + "lines (--max-quoted-lines raises it)", maxLines));
                    }
                    if (c == '"') {
                        if (peek() != '"') {
                            break;
                        }
                        read();
                    } else if (isLineEnd(c)) {
                        lines++;
                    }
                    field.append((char) c);
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    if (lines > 0) {
                        return broken("the quoted field " + (fields.size() + 1) + " that starts on line " + startLine
                                + " is not closed on that line, and the next quote (line " + (startLine + lines)
                                + ") has text after it: the closing quote is probably missing");
                    }
                    return broken("text after the closing quote of field " + (fields.size() + 1)
                            + "; a quote inside a quoted field is written twice (\"\")");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    if (c == '"') {
                        return broken("a quote inside the unquoted field " + (fields.size() + 1)
                                + "; quote the whole field and write the quote twice (\"\")");
                    }
                    if (cursor - recordStart > maxChars) {
                        return broken(String.format(Locale.ROOT, "the record is longer than the limit of %,d "
                                + "characters (--max-cell raises it)", maxChars));
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c != ',') {
                break;
            }
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line = startLine + lines + (c < 0 ? 0 : 1);
        boolean blank = !quoted && fields.size() == 1 && fields.get(0).isEmpty();
        return blank ? Outcome.BLANK : Outcome.RECORD;
    }

    /**
     * Rejects a record whose quoted field is past a limit as one record: the rest of the field (from the character
     * just read, which is read again) and of the record is read on without being kept, so the lines of a long field
     * do not come back as records of their own.
     */
    private Outcome tooLong(int fieldNumber, int lines, String limitText) throws IOException {
        cursor--;
        String text = firstLine();
        field.setLength(0);
        field.trimToSize();
        while (true) {
            recordStart = cursor;
            int c = read();
            if (c < 0) {
                return unclosed(fieldNumber, text, lines);
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                read();
            } else if (isLineEnd(c)) {
                lines++;
            }
        }
        int endLine = startLine + lines;
        line = endLine + skipRestOfRecord();
        problem = String.format(Locale.ROOT, "the quoted field %d that starts on line %d and ends on line %d runs "
                + "past %s; the whole record was skipped", fieldNumber, startLine, endLine, limitText);
        excerpt = text;
        return Outcome.BROKEN;
    }

    /**
     * Reads past what follows a closed quoted field up to the end of its record, counting quotes so that a line break
     * inside a later quoted field does not end it; returns how many line ends were read.
     */
    private int skipRestOfRecord() throws IOException {
        int lineEnds = 0;
        boolean inQuotes = false;
        while (true) {
            recordStart = cursor;
            int c = read();
            recordStart = cursor;
            if (c < 0) {
                return lineEnds;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (isLineEnd(c)) {
                lineEnds++;
                if (!inQuotes) {
                    return lineEnds;
                }
            }
        }
    }

    /** True for a character that ends a line: a line feed, or a carriage return not followed by one. */
    private boolean isLineEnd(int c) throws IOException {
        return c == '\n' || c == '\r' && peek() != '\n';
    }

    /**
     * Rejects a record whose quote is never closed: by the CSV rules everything after the quote belongs to that
     * field, so it is one rejected record, and the message says that the rest of the input went with it.
     */
    private Outcome unclosed(int fieldNumber, String text, int lines) {
        recordStart = cursor;
        field.setLength(0);
        problem = "the quoted field " + fieldNumber + " that starts on line " + startLine + " is never closed: the "
                + "input ends inside it" + (lines > 0 ? ", so all from that line to the end was read as that one field"
                : "");
        excerpt = text;
        line = startLine + lines;
        return Outcome.BROKEN;
    }

    /** The start of the record's first physical line, as long as an excerpt shows. */
    private String firstLine() {
        int end = recordStart;
        int stop = Math.min(cursor, recordStart + Rejected.EXCERPT + 1);
        while (end < stop && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        return new String(buffer, recordStart, end - recordStart);
    }

    /** Rejects the record's first physical line and moves to the start of the next one. */
    private Outcome broken(String reason) throws IOException {
        problem = reason;
        int end = recordStart;
        while (end < cursor && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        StringBuilder text = new StringBuilder().append(buffer, recordStart, end - recordStart);
        if (end < cursor) {
            cursor = end + 1;
            recordStart = cursor;
            if (buffer[end] == '\r' && peek() == '\n') {
                cursor++;
            }
        } else {
            recordStart = cursor;
            int c;
            while ((c = read()) >= 0 && c != '\n' && c != '\r') {
                if (text.length() <= Rejected.EXCERPT) {
                    text.append((char) c);
                }
                recordStart = cursor;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
        }
        excerpt = text.toString();
        line = startLine + 1;
        return Outcome.BROKEN;
    }

    private int read() throws IOException {
        if (cursor == limit && !fill()) {
            return -1;
        }
        return buffer[cursor++];
    }

    private int peek() throws IOException {
        if (cursor == limit && !fill()) {
            return -1;
        }
        return buffer[cursor];
    }

    /** Reads more, keeping the current record in the buffer so a broken one can be read again from its next line. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (recordStart > 0) {
            System.arraycopy(buffer, recordStart, buffer, 0, limit - recordStart);
            limit -= recordStart;
            cursor -= recordStart;
            recordStart = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = reader.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
