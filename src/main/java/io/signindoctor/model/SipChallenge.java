package io.signindoctor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a registrar answered to one REGISTER sent without credentials: the authentication protocols it offers (one
 * WWW-Authenticate header each), or the refusal it gives instead, with its ms-diagnostics and its clock. This is
 * what a client meets before it authenticates, so it shows the server's side without anyone's password.
 */
public final class SipChallenge extends Fact {

    public static final String ANSWERED = "answered";

    /** One authentication protocol offered: NTLM, Kerberos or TLS-DSK, with its parameters. */
    public record Offer(String scheme, String realm, String targetname, String version, String stsUri) {

        public Offer {
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    private final String server;
    private final String sipUri;
    private final String result;
    private final Integer status;
    private final String reason;
    private final List<Offer> offers;
    private final String msDiagnostics;
    private final String date;
    private final Integer clockOffset;

    private SipChallenge(Builder builder) {
        super(builder.source);
        this.server = Objects.requireNonNull(builder.server, "server");
        this.result = Objects.requireNonNull(builder.result, "result");
        this.sipUri = builder.sipUri;
        this.status = builder.status;
        this.reason = builder.reason;
        this.offers = List.copyOf(builder.offers);
        this.msDiagnostics = builder.msDiagnostics;
        this.date = builder.date;
        this.clockOffset = builder.clockOffset;
    }

    public static Builder of(String server, String result, Source source) {
        return new Builder(server, result, source);
    }

    public String getServer() {
        return server;
    }

    public String getSipUri() {
        return sipUri;
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

    public String getReason() {
        return reason;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    /** Whether the server offers this protocol (NTLM, Kerberos, TLS-DSK), compared without case. */
    public boolean offers(String scheme) {
        return offers.stream().anyMatch(offer -> offer.scheme().equalsIgnoreCase(scheme));
    }

    public String getMsDiagnostics() {
        return msDiagnostics;
    }

    /** The number an ms-diagnostics header starts with (4005;reason="..."), or null when there is none. */
    public Integer getDiagnosticsCode() {
        if (msDiagnostics == null) {
            return null;
        }
        String head = msDiagnostics.trim().split(";", 2)[0].trim();
        return head.matches("\\d{1,9}") ? Integer.valueOf(head) : null;
    }

    public String getDate() {
        return date;
    }

    public Integer getClockOffset() {
        return clockOffset;
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(status == null ? result : "SIP " + status + (reason == null ? "" : " " + reason));
        if (!offers.isEmpty()) {
            parts.add("offers " + String.join(", ", offers.stream().map(Offer::scheme).toList()));
        }
        if (msDiagnostics != null) {
            parts.add("ms-diagnostics " + msDiagnostics);
        }
        if (clockOffset != null) {
            parts.add("server clock " + ClockOffsets.describe(clockOffset));
        }
        return "REGISTER" + (sipUri == null ? "" : " for " + sipUri.toLowerCase(Locale.ROOT)) + " to " + server + ": "
                + String.join("; ", parts);
    }

    /** Collects the optional parts of an answer; only what the server sent is set. */
    public static final class Builder {
        private final String server;
        private final String result;
        private final Source source;
        private String sipUri;
        private Integer status;
        private String reason;
        private final List<Offer> offers = new ArrayList<>();
        private String msDiagnostics;
        private String date;
        private Integer clockOffset;

        private Builder(String server, String result, Source source) {
            this.server = server;
            this.result = result;
            this.source = source;
        }

        public Builder sipUri(String value) {
            sipUri = value;
            return this;
        }

        public Builder status(Integer value) {
            status = value;
            return this;
        }

        public Builder reason(String value) {
            reason = value;
            return this;
        }

        public Builder offers(List<Offer> value) {
            offers.addAll(value);
            return this;
        }

        public Builder msDiagnostics(String value) {
            msDiagnostics = value;
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

        public SipChallenge build() {
            return new SipChallenge(this);
        }
    }
}
