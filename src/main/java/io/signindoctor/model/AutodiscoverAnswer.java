package io.signindoctor.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One Autodiscover request a Lync 2013 or Skype for Business client makes (lyncdiscoverinternal.&lt;domain&gt;,
 * lyncdiscover.&lt;domain&gt;, or a link an answer named) and what came back. The host names the links point at are
 * what the client connects to next, so rules compare them with the SIP domain and the certificates presented.
 */
public final class AutodiscoverAnswer extends Fact {

    public static final String ANSWERED = "answered";

    /** A link of an Autodiscover document: its token (user, redirect, self, Internal/Ucwa ...) and where it points. */
    public record Link(String token, String href) {

        public Link {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(href, "href");
        }
    }

    private final String url;
    private final String result;
    private final Integer status;
    private final String contentType;
    private final String document;
    private final List<Link> links;
    private final String location;
    private final String webTicket;
    private final String date;
    private final Integer clockOffset;

    private AutodiscoverAnswer(Builder builder) {
        super(builder.source);
        this.url = Objects.requireNonNull(builder.url, "url");
        this.result = Objects.requireNonNull(builder.result, "result");
        this.status = builder.status;
        this.contentType = builder.contentType;
        this.document = builder.document;
        this.links = List.copyOf(builder.links);
        this.location = builder.location;
        this.webTicket = builder.webTicket;
        this.date = builder.date;
        this.clockOffset = builder.clockOffset;
    }

    public static Builder of(String url, String result, Source source) {
        return new Builder(url, result, source);
    }

    public String getUrl() {
        return url;
    }

    /** The host the request went to, in canonical form. */
    public String getHost() {
        return hostOf(url);
    }

    public boolean isHttps() {
        return url.regionMatches(true, 0, "https:", 0, 6);
    }

    public String getResult() {
        return result;
    }

    public boolean isAnswered() {
        return ANSWERED.equals(result);
    }

    public Integer getStatus() {
        return status;
    }

    public String getContentType() {
        return contentType;
    }

    public String getDocument() {
        return document;
    }

    public List<Link> getLinks() {
        return links;
    }

    public String getLocation() {
        return location;
    }

    public String getWebTicket() {
        return webTicket;
    }

    public String getDate() {
        return date;
    }

    public Integer getClockOffset() {
        return clockOffset;
    }

    /**
     * The hosts the answer sends the client to next: every absolute link, the Location of a redirect and the web
     * ticket service. A relative link stays on the host already asked, so it names none.
     */
    public Set<String> getLinkHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        links.forEach(link -> addHost(hosts, link.href()));
        addHost(hosts, location);
        addHost(hosts, webTicket);
        return hosts;
    }

    /** Whether any host the answer sends the client to lies outside the given domain. */
    public boolean hasLinkOutside(SipDomain domain) {
        return getLinkHosts().stream().anyMatch(host -> !domain.contains(host));
    }

    private static void addHost(Set<String> hosts, String href) {
        String host = hostOf(href);
        if (host != null) {
            hosts.add(host);
        }
    }

    /** The host of an absolute http(s) URL in canonical form; null for a relative or unreadable one. */
    static String hostOf(String href) {
        if (href == null) {
            return null;
        }
        try {
            URI uri = new URI(href.trim());
            return uri.getHost() == null ? null : HostNameMatch.canonical(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException unreadable) {
            return null;
        }
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(status == null ? result : "HTTP " + status);
        if (contentType != null) {
            parts.add(contentType);
        }
        if (!links.isEmpty()) {
            parts.add("links " + String.join(", ", links.stream().map(link -> link.token() + " " + link.href())
                    .toList()));
        }
        if (location != null) {
            parts.add("Location " + location);
        }
        if (webTicket != null) {
            parts.add("web ticket service " + webTicket);
        }
        if (clockOffset != null) {
            parts.add("server clock " + ClockOffsets.describe(clockOffset));
        }
        return "Autodiscover GET " + url + ": " + String.join("; ", parts);
    }

    /** Collects the optional parts of an answer; only what the server sent is set. */
    public static final class Builder {
        private final String url;
        private final String result;
        private final Source source;
        private Integer status;
        private String contentType;
        private String document;
        private final List<Link> links = new ArrayList<>();
        private String location;
        private String webTicket;
        private String date;
        private Integer clockOffset;

        private Builder(String url, String result, Source source) {
            this.url = url;
            this.result = result;
            this.source = source;
        }

        public Builder status(Integer value) {
            status = value;
            return this;
        }

        public Builder contentType(String value) {
            contentType = value;
            return this;
        }

        public Builder document(String value) {
            document = value;
            return this;
        }

        public Builder links(List<Link> value) {
            links.addAll(value);
            return this;
        }

        public Builder location(String value) {
            location = value;
            return this;
        }

        public Builder webTicket(String value) {
            webTicket = value;
            return this;
        }

        public Builder date(String value) {
            date = value;
            return this;
        }

        public Builder clockOffset(Integer value) {
            clockOffset = value;
            return this;
        }

        public AutodiscoverAnswer build() {
            return new AutodiscoverAnswer(this);
        }
    }
}
