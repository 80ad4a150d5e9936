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
 * up to the next timestamped line (the client closes it with "End of ..." there).
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
        while (number <= count) {
            String line = text.line(number);
            Matcher entry = ENTRY.matcher(line);
            Matcher packet = entry.matches() ? PACKET.matcher(entry.group(1)) : null;
            if (packet == null || !packet.matches()) {
                if (!line.isBlank()) {
                    units.add(new LogLine(number, entry.matches() ? entry.group(1) : line));
                }
                number++;
                continue;
            }
            int next = number + 1;
            while (next <= count && !ENTRY.matcher(text.line(next)).matches()) {
                next++;
            }
            String via = (packet.group(1).toLowerCase(Locale.ROOT).startsWith("sending") ? "sent to " : "received from ")
                    + packet.group(2);
            readPacket(text, number, next - 1, packet.group(3), via, notes).ifPresent(units::add);
            number = next;
        }
        return units;
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
