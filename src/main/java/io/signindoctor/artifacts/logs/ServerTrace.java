package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A server-side SIP stack trace as OCSLogger and Snooper write it as text: records between "$$begin_record" and
 * "$$end_record", each a list of "Name: value" lines. A protocol record carries a SIP message from its
 * "Start-Line:" on, its headers after it; the lines before say where the message went (Direction, Peer). Other
 * records (diagnostics, security events) are handed on as lines for the extraction engine.
 */
final class ServerTrace implements LogLayout {

    static final String BEGIN = "$$begin_record";
    private static final String END = "$$end_record";
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s?(.*)$");

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        int count = text.lines().size();
        int number = 1;
        while (number <= count) {
            if (!text.line(number).contains(BEGIN)) {
                number++;
                continue;
            }
            int start = number;
            int end = number + 1;
            while (end <= count && !text.line(end).contains(END) && !text.line(end).contains(BEGIN)) {
                end++;
            }
            if (end > count || text.line(end).contains(BEGIN)) {
                notes.accept(text.file() + ":" + start + ": this record has no " + END + " (the trace is cut "
                        + "here); what it holds was read");
            }
            record(text, start, Math.min(end, count + 1) - 1, units);
            number = end <= count && text.line(end).contains(END) ? end + 1 : end;
        }
        return units;
    }

    private static void record(ExportedText text, int begin, int last, List<LogUnit> units) {
        String direction = null;
        for (int number = begin + 1; number <= last; number++) {
            Matcher field = FIELD.matcher(text.line(number));
            if (!field.matches()) {
                continue;
            }
            if (field.group(1).equalsIgnoreCase("Direction")) {
                direction = field.group(2).trim();
            } else if (field.group(1).equalsIgnoreCase("Start-Line")) {
                units.add(SipMessageReader.read(text, number + 1, last, field.group(2), number, direction));
                return;
            }
        }
        for (int number = begin + 1; number <= last; number++) {
            if (!text.line(number).isBlank()) {
                units.add(new LogLine(number, text.line(number)));
            }
        }
    }
}
