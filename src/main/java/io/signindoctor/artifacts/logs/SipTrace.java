package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SIP messages as Snooper, a network capture's "follow stream" or an engineer's paste shows them: each message
 * starts at its request or status line and runs to the next one. Text before the first message is kept as lines for
 * the extraction engine, since engineers write what they captured there.
 */
final class SipTrace implements LogLayout {

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) {
        List<LogUnit> units = new ArrayList<>();
        int count = text.lines().size();
        int number = 1;
        while (number <= count && !SipMessage.isStartLine(text.line(number))) {
            if (!text.line(number).isBlank()) {
                units.add(new LogLine(number, text.line(number)));
            }
            number++;
        }
        while (number <= count) {
            int next = number + 1;
            while (next <= count && !SipMessage.isStartLine(text.line(next))) {
                next++;
            }
            SipMessage message = SipMessageReader.read(text, number, next - 1, null, 0, null);
            units.add(message);
            if (next > count && !endsHeaders(text, number, count)) {
                notes.accept(text.file() + ":" + number + ": the trace ends inside this message (" + message.startLine()
                        + "); its headers up to the end were read");
            }
            number = next;
        }
        return units;
    }

    /** Whether a blank line ends the headers of the message starting at first, before the file ends. */
    static boolean endsHeaders(ExportedText text, int first, int last) {
        for (int number = first + 1; number <= last; number++) {
            if (text.line(number).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
