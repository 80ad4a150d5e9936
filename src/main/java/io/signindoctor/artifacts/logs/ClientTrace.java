package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A Communicator or Lync client log (Communicator-uccapi-0.uccapilog and the .uccplog traces): one entry per
 * timestamped line, "MM/DD/YYYY|HH:MM:SS.mmm thread LEVEL :: text". An entry that reports a packet sent or received
 * ("Sending Packet - ... bytes:", "Data Received - ... bytes:") is followed by the SIP message on the next lines,
 * up to the next timestamped line (the client closes it with "End of ..." there). The start line may carry an entry's
 * timestamp of its own, the headers following it untimestamped: it is read as the packet's message all the same.
 */
final class ClientTrace implements LogLayout {

    static final Pattern ENTRY = Pattern.compile(
            "^\\d{2}/\\d{2}/\\d{4}\\|\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\s+\\S+\\s+\\S+\\s*::\\s?(.*)$");
    private static final Pattern PACKET = Pattern.compile(
            "^(Sending Packet|Data Received)\\s*-\\s*(\\S+).*?bytes:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        int count = text.lines().size();
        int number = 1;
        String lastVia = null;
        while (number <= count) {
            String line = text.line(number);
            Matcher entry = ENTRY.matcher(line);
            Matcher packet = entry.matches() ? PACKET.matcher(entry.group(1)) : null;
            if (entry.matches() && SipMessage.isStartLine(entry.group(1))) {
                int next = nextEntry(text, number);
                units.add(SipMessageReader.read(text, number + 1, next - 1, entry.group(1), number, lastVia));
                number = next;
                continue;
            }
            if (packet == null || !packet.matches()) {
                if (!line.isBlank()) {
                    units.add(new LogLine(number, entry.matches() ? entry.group(1) : line));
                }
                number++;
                continue;
            }
            int next = nextEntry(text, number);
            String via = (packet.group(1).toLowerCase(Locale.ROOT).startsWith("sending") ? "sent to " : "received from ")
                    + packet.group(2);
            lastVia = via;
            readPacket(text, number, next - 1, packet.group(3), via, notes).ifPresent(units::add);
            number = next;
        }
        return units;
    }

    private static int nextEntry(ExportedText text, int number) {
        int next = number + 1;
        while (next <= text.lines().size() && !ENTRY.matcher(text.line(next)).matches()) {
            next++;
        }
        return next;
    }

    /** Whether a line is an entry whose text is a SIP start line: the packet's message, written as an entry. */
    private static boolean startsMessage(ExportedText text, int number) {
        if (number > text.lines().size()) {
            return false;
        }
        Matcher entry = ENTRY.matcher(text.line(number));
        return entry.matches() && SipMessage.isStartLine(entry.group(1));
    }

    /** The SIP message of a packet entry: on the entry's own line after "bytes:", or on the lines below it. */
    private static java.util.Optional<LogUnit> readPacket(ExportedText text, int entryLine, int last, String sameLine,
            String via, Consumer<String> notes) {
        if (SipMessage.isStartLine(sameLine)) {
            return Optional.of(SipMessageReader.read(text, entryLine + 1, last, sameLine, entryLine, via));
        }
        int first = entryLine + 1;
        while (first <= last && text.line(first).isBlank()) {
            first++;
        }
        if (first > last && startsMessage(text, last + 1)) {
            return Optional.empty();
        }
        if (first > last || !SipMessage.isStartLine(text.line(first))) {
            notes.accept(text.file() + ":" + entryLine + ": a packet entry with no SIP start line after it; skipped");
            return Optional.empty();
        }
        if (last == text.lines().size() && !SipTrace.endsHeaders(text, first, last)) {
            notes.accept(text.file() + ":" + first + ": the log ends inside this SIP message; its headers up to the "
                    + "end were read");
        }
        return Optional.of(SipMessageReader.read(text, first, last, null, 0, via));
    }
}
