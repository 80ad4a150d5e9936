package io.signindoctor.artifacts.logs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A SIP request or response as a trace shows it: its start line and headers (the body is not read; nothing the
 * knowledge base reasons about travels there during sign-in).
 *
 * @param line where the start line is
 * @param startLine the request line (REGISTER sip:contoso.com SIP/2.0) or status line (SIP/2.0 401 Unauthorized)
 * @param headers in the order written
 * @param via what the trace says about where the message came from (OCSLogger's Direction), or null
 */
public record SipMessage(int line, String startLine, List<HeaderField> headers, String via) implements LogUnit {

    private static final Pattern STATUS_LINE = Pattern.compile("SIP/2\\.0\\s+(\\d{3})(?:\\s+(.*))?");
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+)\\s+(\\S+)\\s+SIP/2\\.0");

    public SipMessage {
        headers = List.copyOf(headers);
    }

    /** Whether a line starts a SIP message: a request line or a status line, nothing before or after it. */
    public static boolean isStartLine(String text) {
        String trimmed = text.trim();
        return STATUS_LINE.matcher(trimmed).matches() || REQUEST_LINE.matcher(trimmed).matches();
    }

    /** The status code of a response; empty for a request. */
    public Optional<Integer> status() {
        Matcher status = STATUS_LINE.matcher(startLine.trim());
        return status.matches() ? Optional.of(Integer.valueOf(status.group(1))) : Optional.empty();
    }

    /** The method of a request, or of the request a response answers (from CSeq). */
    public Optional<String> method() {
        Matcher request = REQUEST_LINE.matcher(startLine.trim());
        if (request.matches()) {
            return Optional.of(request.group(1));
        }
        return header("CSeq").map(cseq -> cseq.trim().replaceFirst("^\\d+\\s+", "").toUpperCase(Locale.ROOT));
    }

    /** Every header of this name (SIP header names compare without case). */
    public List<HeaderField> headers(String name) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(name)).toList();
    }

    public Optional<String> header(String name) {
        return headers(name).stream().findFirst().map(HeaderField::value);
    }
}
