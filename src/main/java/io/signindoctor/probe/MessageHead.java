package io.signindoctor.probe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start line and header fields of an HTTP/1.1 or SIP/2.0 answer, which share RFC 822's layout: a status line,
 * then "Name: value" lines (a line starting with white space continues the one before), then an empty line.
 */
record MessageHead(String protocol, int status, String reason, List<Header> headers) {

    /** One header field as sent. */
    record Header(String name, String value) {
    }

    /** Thrown when the answer does not start as the protocol's answers do. */
    static final class NotThatProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        NotThatProtocolException(String message) {
            super(message);
        }
    }

    private static final int MAX_HEADERS = 200;

    /**
     * Reads the head of an answer whose status line starts with the protocol name given (HTTP/ or SIP/2.0).
     *
     * @throws NotThatProtocolException when the first line is not such a status line
     */
    static MessageHead read(BoundedReader reader, String protocol) throws IOException {
        String statusLine = reader.line();
        if (statusLine == null) {
            throw new java.io.EOFException("the server closed the connection without answering");
        }
        String[] parts = statusLine.split(" ", 3);
        if (!parts[0].startsWith(protocol) || parts.length < 2 || !parts[1].matches("\\d{3}")) {
            throw new NotThatProtocolException("the answer does not start with a " + protocol + " status line: \""
                    + printable(statusLine) + "\"");
        }
        List<Header> headers = new ArrayList<>();
        String line;
        while ((line = reader.line()) != null && !line.isEmpty()) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                Header last = headers.remove(headers.size() - 1);
                headers.add(new Header(last.name(), last.value() + " " + line.trim()));
            } else if (line.indexOf(':') > 0 && headers.size() < MAX_HEADERS) {
                headers.add(new Header(line.substring(0, line.indexOf(':')).trim(),
                        line.substring(line.indexOf(':') + 1).trim()));
            }
        }
        return new MessageHead(parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? parts[2].trim() : "",
                List.copyOf(headers));
    }

    /** Every value of a header, in order, its name compared without case. */
    List<String> all(String name) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    /** The start of a line for a message, without control characters, at most 80 characters. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
