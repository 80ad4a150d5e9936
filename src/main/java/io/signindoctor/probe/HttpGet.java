package io.signindoctor.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 GET over a socket the caller connected (and, for HTTPS, shook hands on), read to the end of its body.
 * The probes need to choose the address a name is reached at (from the DNS answers discovery used, not the system
 * resolver) and to see the certificate chain of every hop; java.net.http.HttpClient can do neither, so this is the
 * little of HTTP/1.1 Autodiscover needs: Content-Length, chunked or read-to-close bodies, no credentials, no cookies.
 */
final class HttpGet {

    /** An answer: its head and its body (at most {@link BoundedReader#MAX_BODY} bytes). */
    record Answer(MessageHead head, byte[] body) {
    }

    private HttpGet() {
    }

    static Answer fetch(Socket socket, String hostHeader, String pathAndQuery, String accept, Duration timeout)
            throws IOException {
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "Accept: " + accept + "\r\n"
                + "User-Agent: signin-doctor\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BoundedReader reader = new BoundedReader(socket, timeout);
        MessageHead head = MessageHead.read(reader, "HTTP/");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String encoding = head.first("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
        String length = head.first("Content-Length").orElse(null);
        if (head.status() == 204 || head.status() == 304 || head.status() < 200) {
            return new Answer(head, new byte[0]);
        } else if (encoding.contains("chunked")) {
            chunked(reader, body);
        } else if (length != null && length.trim().matches("\\d{1,18}")) {
            reader.bytes(Long.parseLong(length.trim()), body);
        } else {
            reader.rest(body);
        }
        return new Answer(head, body.toByteArray());
    }

    private static void chunked(BoundedReader reader, ByteArrayOutputStream body) throws IOException {
        String sizeLine;
        while ((sizeLine = reader.line()) != null) {
            String size = sizeLine.split(";", 2)[0].trim();
            if (!size.matches("[0-9A-Fa-f]{1,15}")) {
                throw new MessageHead.NotThatProtocolException("a chunked body with a chunk size that is not "
                        + "hexadecimal: \"" + MessageHead.printable(sizeLine) + "\"");
            }
            long count = Long.parseLong(size, 16);
            if (count == 0) {
                String trailer;
                do {
                    trailer = reader.line();
                } while (trailer != null && !trailer.isEmpty());
                return;
            }
            reader.bytes(count, body);
            reader.line();
            if (body.size() >= BoundedReader.MAX_BODY) {
                return;
            }
        }
    }
}
