package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Reads the start line and headers of one SIP message out of a stretch of lines, as RFC 3261 writes them: a header
 * per line, a line starting with white space continuing the one before, a blank line ending the headers. Compact
 * header names (f, t, i, v, m, l) are given their full names so that every reader asks for one name.
 */
final class SipMessageReader {

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9!%*_+`'~.-]*)\\s*:\\s?(.*)");
    private static final Pattern NAME_ALONE = Pattern.compile("[A-Za-z][A-Za-z0-9!%*_+`'~.-]*\\s*");
    private static final Map<String, String> COMPACT = Map.of("f", "From", "t", "To", "i", "Call-ID", "v", "Via",
            "m", "Contact", "l", "Content-Length", "k", "Supported", "c", "Content-Type");

    private SipMessageReader() {
    }

    /**
     * The message whose start line is at line {@code first} (or, when startLine is given, whose headers start there),
     * reading no further than line {@code last}.
     *
     * @param startLine the start line when the trace writes it apart from the headers (OCSLogger's Start-Line:), or
     *     null when it is line {@code first} itself
     */
    static SipMessage read(ExportedText text, int first, int last, String startLine, int startLineNumber, String via) {
        List<HeaderField> headers = new ArrayList<>();
        int headersFrom = startLine == null ? first + 1 : first;
        String start = startLine == null ? text.line(first).trim() : startLine.trim();
        String name = null;
        StringBuilder value = new StringBuilder();
        int headerLine = 0;
        for (int number = headersFrom; number <= last; number++) {
            String line = text.line(number);
            if (line.isBlank()) {
                break;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            Matcher header = HEADER.matcher(line);
            if (continuation && name != null) {
                value.append(' ').append(line.trim());
            } else if (!continuation && brokenBeforeColon(text, number, last)) {
                if (name != null) {
                    headers.add(new HeaderField(name, value.toString().trim(), headerLine));
                }
                name = fullName(line.trim());
                value = new StringBuilder(text.line(number + 1).trim().substring(1));
                headerLine = number;
                number++;
            } else if (!continuation && header.matches()) {
                if (name != null) {
                    headers.add(new HeaderField(name, value.toString().trim(), headerLine));
                }
                name = fullName(header.group(1));
                value = new StringBuilder(header.group(2));
                headerLine = number;
            } else {
                break;
            }
        }
        if (name != null) {
            headers.add(new HeaderField(name, value.toString().trim(), headerLine));
        }
        return new SipMessage(startLine == null ? first : startLineNumber, start, headers, via);
    }

    /**
     * A header whose name stands alone on its line and whose colon starts the next one ("From" / ": <sip:...>"), as
     * a trace copied out of a viewer that wrapped the line shows it.
     */
    private static boolean brokenBeforeColon(ExportedText text, int number, int last) {
        return number < last && NAME_ALONE.matcher(text.line(number)).matches()
                && text.line(number + 1).trim().startsWith(":");
    }

    private static String fullName(String name) {
        return COMPACT.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
