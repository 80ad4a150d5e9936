package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.RelativeNameException;
import org.xbill.DNS.TextParseException;

/**
 * The records of a text in master-file format (a whole zone or a fragment of one), parsed by dnsjava, each with the
 * line it was written on. Names written relative to no $ORIGIN are taken relative to the default origin (the SIP
 * domain), which is how Windows DNS exports and pasted fragments are written.
 *
 * @param records in the order written
 * @param lines the line each record ends on
 */
public record ZoneRecords(List<Record> records, Map<Record, Integer> lines) {

    /**
     * The TTL of records written without one and without $TTL, as fragments pasted into tickets usually are. No
     * fact holds a TTL, so any value serves; refusing such a fragment would serve nobody.
     */
    private static final long PASTED_TTL = 3600;
    private static final Pattern TOKENIZER_MESSAGE = Pattern.compile("^[^:]*:(\\d+): (.*)$", Pattern.DOTALL);
    /**
     * The aging stamp the Windows DNS server writes before the TTL of a dynamically registered record, in zone files
     * it exports ("[AGE:3604561]") and in dnscmd's listings ("[Aging:3604561]"). It is no part of the master-file
     * format, and says nothing discovery needs.
     */
    private static final Pattern AGING = Pattern.compile("(?i)\\[(?:AGE|Aging):\\d+\\]");

    public static ZoneRecords read(String display, byte[] bytes, String defaultOrigin) throws InvalidInputException {
        Map<Record, Integer> lines = new HashMap<>();
        List<Record> records = new ArrayList<>();
        LineCounter counter = new LineCounter(new ByteArrayInputStream(withoutAging(bytes)));
        try (LineCounter in = counter;
                Master master = new Master(in, defaultOrigin == null ? null : Name.fromString(defaultOrigin + "."),
                        PASTED_TTL)) {
            master.disableIncludes(true);
            Record record;
            while ((record = master.nextRecord()) != null) {
                records.add(record);
                lines.putIfAbsent(record, in.line());
            }
        } catch (TextParseException syntax) {
            Matcher located = TOKENIZER_MESSAGE.matcher(String.valueOf(syntax.getMessage()));
            throw located.matches() ? problem(display, Integer.parseInt(located.group(1)), "not a valid zone file: "
                    + located.group(2)) : problem(display, 0, "not a valid zone file: " + syntax.getMessage());
        } catch (RelativeNameException relative) {
            throw problem(display, counter.line(), relative.getMessage() + ": the text sets no $ORIGIN; give the zone "
                    + "its names belong to (--domain)");
        } catch (IOException unreadable) {
            throw problem(display, 0, "cannot read: " + unreadable.getMessage());
        }
        return new ZoneRecords(List.copyOf(records), Map.copyOf(lines));
    }

    /** The text with each aging stamp blanked out, so that lines and columns stay where they were. */
    private static byte[] withoutAging(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher aging = AGING.matcher(text);
        if (!aging.find()) {
            return bytes;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = aging.start(); i < aging.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (aging.find());
        return blanked.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidInputException problem(String display, int line, String message) {
        return new InvalidInputException(new InputProblem(display, line, 0, "", message));
    }

    /**
     * Counts the lines dnsjava's tokenizer has consumed. Buffering one byte at a time keeps the count exact: the
     * tokenizer takes a BufferedInputStream as it is, so it never reads ahead of the record it returns.
     */
    private static final class LineCounter extends BufferedInputStream {

        private int newlines;
        private int last = '\n';

        LineCounter(InputStream in) {
            super(in, 1);
        }

        @Override
        public synchronized int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                last = b;
                if (b == '\n') {
                    newlines++;
                }
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            for (int i = 0; i < count; i++) {
                last = buffer[offset + i];
                if (last == '\n') {
                    newlines++;
                }
            }
            return count;
        }

        /** The line the last record ended on. */
        int line() {
            return last == '\n' ? newlines : newlines + 1;
        }
    }
}
