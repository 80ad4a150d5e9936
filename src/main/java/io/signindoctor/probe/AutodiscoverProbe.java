package io.signindoctor.probe;

import io.signindoctor.model.AutodiscoverAnswer;
import io.signindoctor.model.Source;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Asks Lync Server's Autodiscover service what a Lync 2013 or Skype for Business client asks it before it signs in,
 * without credentials: GET lyncdiscoverinternal.&lt;domain&gt; and lyncdiscover.&lt;domain&gt; over HTTPS and HTTP with
 * {@code ?sipuri=}, then the redirects and the user link the answers name (MS-OCDISCWS; the user link answers 401
 * without a web ticket, and that answer is the finding). Links are followed only within the SIP domain and only a
 * few hops, so the probe goes nowhere the engineer did not name and always ends.
 */
public final class AutodiscoverProbe {

    /** More hops than this from one starting URL is a loop or a misconfiguration; the rest are not followed. */
    static final int MAX_HOPS = 5;
    /** The media type a desktop client asks for (pidgin-sipe asks the same). */
    static final String ACCEPT = "application/vnd.microsoft.rtc.autodiscover+xml;v=1";

    /** What the probe found: one answer per request, the chains presented over HTTPS, and what was not followed. */
    public record Found(List<AutodiscoverAnswer> answers, List<PresentedChain> chains, List<String> notes) {
    }

    /** The ports the first requests go to: 443 and 80, or those of a server published on others. */
    public record Ports(int https, int http) {
    }

    private final Connector connector;
    private final Duration timeout;
    private final Function<String, List<InetAddress>> addresses;
    private final List<AutodiscoverAnswer> answers = new ArrayList<>();
    private final Map<String, PresentedChain> chains = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public AutodiscoverProbe(TcpProbe tcp, Duration timeout, Function<String, List<InetAddress>> addresses) {
        this.connector = new Connector(tcp);
        this.timeout = timeout;
        this.addresses = addresses;
    }

    /** Asks the two Autodiscover names of the domain, internal first, as the client does. */
    public Found ask(String domain, String sipUri, Ports ports) {
        for (String name : List.of("lyncdiscoverinternal." + domain, "lyncdiscover." + domain)) {
            if (addresses.apply(name).isEmpty()) {
                notes.add("autodiscover: " + name + " has no address, so it was not asked");
                continue;
            }
            follow(start("https", name, ports.https(), 443, sipUri), domain);
            follow(start("http", name, ports.http(), 80, sipUri), domain);
        }
        return new Found(List.copyOf(answers), List.copyOf(chains.values()), List.copyOf(notes));
    }

    private static URI start(String scheme, String host, int port, int standardPort, String sipUri) {
        return URI.create(scheme + "://" + host + (port == standardPort ? "" : ":" + port) + "/?sipuri=" + sipUri);
    }

    private void follow(URI first, String domain) {
        Set<String> seen = new HashSet<>();
        boolean userAsked = false;
        URI next = first;
        for (int hop = 0; next != null; hop++) {
            if (!seen.add(next.toString())) {
                notes.add("autodiscover: " + next + " was asked before on this path; a redirect loop, not followed");
                return;
            }
            if (hop > MAX_HOPS) {
                notes.add("autodiscover: stopped after " + MAX_HOPS + " hops from " + first + "; " + next
                        + " not asked");
                return;
            }
            AutodiscoverAnswer answer = get(next);
            answers.add(answer);
            Optional<String> target = redirect(answer);
            if (target.isEmpty() && !userAsked) {
                target = link(answer, "user");
                userAsked = target.isPresent();
            }
            next = target.flatMap(href -> within(next(answer, href), domain)).orElse(null);
        }
    }

    private URI next(AutodiscoverAnswer answer, String href) {
        try {
            return new URI(answer.getUrl()).resolve(href.trim());
        } catch (URISyntaxException | IllegalArgumentException unreadable) {
            notes.add("autodiscover: " + answer.getUrl() + " names a link that is not a URL: " + href);
            return null;
        }
    }

    private Optional<URI> within(URI target, String domain) {
        if (target == null) {
            return Optional.empty();
        }
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))) {
            notes.add("autodiscover: " + target + " is not an HTTP URL; not followed");
            return Optional.empty();
        }
        if (!(host.equals(domain) || host.endsWith("." + domain))) {
            notes.add("autodiscover: " + target + " lies outside " + domain + "; not followed (probes go only to "
                    + "names under the domain given)");
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static Optional<String> redirect(AutodiscoverAnswer answer) {
        Integer status = answer.getStatus();
        if (status != null && status >= 300 && status < 400 && answer.getLocation() != null) {
            return Optional.of(answer.getLocation());
        }
        return status != null && status == 200 ? link(answer, "redirect") : Optional.empty();
    }

    private static Optional<String> link(AutodiscoverAnswer answer, String token) {
        Integer status = answer.getStatus();
        if (status == null || status != 200) {
            return Optional.empty();
        }
        return answer.getLinks().stream().filter(link -> link.token().equalsIgnoreCase(token))
                .map(AutodiscoverAnswer.Link::href).findFirst();
    }

    private AutodiscoverAnswer get(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        String server = host + ":" + port;
        Connector.Opened opened;
        try {
            opened = connector.open(host, port, addresses.apply(host), https);
        } catch (Connector.Failure failure) {
            return AutodiscoverAnswer.of(url.toString(), failure.result(),
                    Source.probe("GET " + url + " (" + failure.getMessage() + ")")).build();
        }
        Source source = Source.probe("GET " + url + " (" + opened.address().getHostAddress() + ")");
        if (https) {
            chains.putIfAbsent(server, new PresentedChain(server, opened.chain(),
                    Source.probe("tls handshake " + server + " (" + opened.address().getHostAddress() + ")")));
        }
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String hostHeader = url.getPort() > 0 ? host + ":" + port : host;
        try (var socket = opened.socket()) {
            HttpGet.Answer reply = HttpGet.fetch(socket, hostHeader, path, ACCEPT, timeout);
            Instant received = Instant.now();
            MessageHead head = reply.head();
            String contentType = head.first("Content-Type").orElse(null);
            AutodiscoverDocument document = AutodiscoverDocument.read(contentType, reply.body());
            return AutodiscoverAnswer.of(url.toString(), AutodiscoverAnswer.ANSWERED, source)
                    .status(head.status()).contentType(contentType).document(document.kind())
                    .links(document.links()).location(head.first("Location").orElse(null))
                    .webTicket(head.first("X-MS-WebTicketURL").orElse(null))
                    .date(head.first("Date").orElse(null))
                    .clockOffset(ServerClock.offset(head.first("Date"), received).orElse(null)).build();
        } catch (MessageHead.NotThatProtocolException | BoundedReader.LineTooLongException notHttp) {
            return AutodiscoverAnswer.of(url.toString(), "not-http", Source.probe("GET " + url + " ("
                    + opened.address().getHostAddress() + ": " + notHttp.getMessage() + ")")).build();
        } catch (SocketTimeoutException | EOFException silent) {
            return AutodiscoverAnswer.of(url.toString(), "no-answer", Source.probe("GET " + url + " ("
                    + opened.address().getHostAddress() + ": " + silent.getMessage() + ")")).build();
        } catch (IOException broken) {
            return AutodiscoverAnswer.of(url.toString(), "no-answer", Source.probe("GET " + url + " ("
                    + opened.address().getHostAddress() + ": connection broken: " + broken.getMessage() + ")"))
                    .build();
        }
    }
}
