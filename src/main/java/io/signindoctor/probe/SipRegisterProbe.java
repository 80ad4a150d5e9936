package io.signindoctor.probe;

import io.signindoctor.model.SipChallenge;
import io.signindoctor.model.Source;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a registrar the REGISTER a client sends first, before it has credentials, and reads what comes back: the
 * authentication protocols offered in a 401 or 407 (MS-SIPAE: one WWW-Authenticate header each, with realm,
 * targetname and version), or the refusal given instead (403, 404, 301 with ms-diagnostics), and the server's
 * Date. Nothing is ever sent in answer to a challenge, so no credential leaves this machine.
 */
public final class SipRegisterProbe {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(\"[^\"]*\"|[^,\\s]+)");
    private static final int MAX_PROVISIONAL = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connector connector;
    private final Duration timeout;

    public SipRegisterProbe(TcpProbe tcp, Duration timeout) {
        this.connector = new Connector(tcp);
        this.timeout = timeout;
    }

    /**
     * One REGISTER for the SIP URI (user@domain, without sip:) over TLS to host:port, and the answer.
     *
     * @param chains receives the chain the server presented, for the certificate facts
     */
    public SipChallenge ask(String host, int port, List<InetAddress> addresses, String sipUri,
            List<PresentedChain> chains) {
        String server = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        String what = "REGISTER sip:" + sipUri + " without credentials to " + server;
        Connector.Opened opened;
        try {
            opened = connector.open(host, port, addresses, true);
        } catch (Connector.Failure failure) {
            return SipChallenge.of(server, failure.result(), Source.probe(what + " (" + failure.getMessage() + ")"))
                    .sipUri(sipUri).build();
        }
        String address = opened.address().getHostAddress();
        chains.add(new PresentedChain(server, opened.chain(), Source.probe("tls handshake " + server + " ("
                + address + ")")));
        try (Socket socket = opened.socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(register(sipUri, socket).getBytes(StandardCharsets.UTF_8));
            out.flush();
            BoundedReader reader = new BoundedReader(socket, timeout);
            MessageHead first = MessageHead.read(reader, "SIP/2.0");
            for (int provisional = 0; first.status() < 200 && provisional < MAX_PROVISIONAL; provisional++) {
                skipBody(reader, first);
                first = MessageHead.read(reader, "SIP/2.0");
            }
            MessageHead head = first;
            Instant received = Instant.now();
            String header = head.status() == 407 ? "Proxy-Authenticate" : "WWW-Authenticate";
            List<SipChallenge.Offer> offers = head.all(header).stream().map(SipRegisterProbe::offer).toList();
            String diagnostics = head.first("ms-diagnostics").or(() -> head.first("ms-diagnostics-public"))
                    .orElse(null);
            return SipChallenge.of(server, SipChallenge.ANSWERED, Source.probe(what + " (" + address + ")"))
                    .sipUri(sipUri).status(head.status()).reason(head.reason()).offers(offers)
                    .msDiagnostics(diagnostics).date(head.first("Date").orElse(null))
                    .clockOffset(ServerClock.offset(head.first("Date"), received).orElse(null)).build();
        } catch (MessageHead.NotThatProtocolException | BoundedReader.LineTooLongException notSip) {
            return SipChallenge.of(server, "not-sip", Source.probe(what + " (" + address + ": "
                    + notSip.getMessage() + ")")).sipUri(sipUri).build();
        } catch (SocketTimeoutException | EOFException silent) {
            return SipChallenge.of(server, "no-answer", Source.probe(what + " (" + address + ": "
                    + silent.getMessage() + ")")).sipUri(sipUri).build();
        } catch (IOException broken) {
            return SipChallenge.of(server, "no-answer", Source.probe(what + " (" + address + ": connection broken: "
                    + broken.getMessage() + ")")).sipUri(sipUri).build();
        }
    }

    /** The REGISTER a client sends before it authenticates, as MS-SIPAE shows it: no Authorization header. */
    private static String register(String sipUri, Socket socket) {
        String local = socket.getLocalAddress().getHostAddress();
        String via = (local.contains(":") ? "[" + local + "]" : local) + ":" + socket.getLocalPort();
        String domain = sipUri.substring(sipUri.indexOf('@') + 1);
        return "REGISTER sip:" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/TLS " + via + ";branch=z9hG4bK" + token(8) + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:" + sipUri + ">;tag=" + token(8) + ";epid=" + token(5) + "\r\n"
                + "To: <sip:" + sipUri + ">\r\n"
                + "Call-ID: " + token(16) + "\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + "Contact: <sip:" + via + ";transport=tls>;methods=\"INVITE, MESSAGE, INFO, OPTIONS, BYE, CANCEL, "
                + "NOTIFY, ACK, REFER, BENOTIFY\";proxy=replace\r\n"
                + "User-Agent: signin-doctor\r\n"
                + "Supported: gruu-10, adhoclist, msrtc-event-categories\r\n"
                + "Event: registration\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static void skipBody(BoundedReader reader, MessageHead head) throws IOException {
        String length = head.first("Content-Length").orElse("0").trim();
        if (length.matches("\\d{1,9}")) {
            reader.bytes(Long.parseLong(length), new java.io.ByteArrayOutputStream());
        }
    }

    /** One WWW-Authenticate value: NTLM realm="SIP Communications Service", targetname="fe01...", version=4. */
    static SipChallenge.Offer offer(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(space < 0 ? "" : trimmed.substring(space + 1));
        while (matcher.find()) {
            String raw = matcher.group(2);
            parameters.put(matcher.group(1).toLowerCase(Locale.ROOT), raw.startsWith("\"")
                    ? raw.substring(1, raw.length() - 1) : raw);
        }
        return new SipChallenge.Offer(scheme, parameters.get("realm"), parameters.get("targetname"),
                parameters.get("version"), parameters.get("sts-uri"));
    }
}
