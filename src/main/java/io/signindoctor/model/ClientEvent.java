package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;
import java.util.Objects;

/**
 * A line from the client's event log or trace. Only the fields its kind uses are set: a connect failure has server,
 * port and code; a certificate name mismatch has the expected and presented host names; an access-denied event has
 * the folder path.
 */
public final class ClientEvent extends Fact {

    private final String kind;
    private final String server;
    private final Integer port;
    private final Integer code;
    private final String codeType;
    private final String expectedHost;
    private final String presentedHost;
    private final String path;
    private final String text;
    /** What {@link #describe} says, made at first use: extraction compares facts by it, and the writers print it. */
    private transient String description;

    private ClientEvent(Builder builder) {
        super(builder.source);
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        this.server = builder.server;
        this.port = builder.port;
        this.code = builder.code;
        this.codeType = builder.codeType;
        this.expectedHost = builder.expectedHost;
        this.presentedHost = builder.presentedHost;
        this.path = builder.path;
        this.text = builder.text;
    }

    /** An event of one of the kinds in {@link Schema.Events.Kind}. */
    public static Builder of(String kind, Source source) {
        return new Builder(kind, source);
    }

    public String getKind() {
        return kind;
    }

    public String getServer() {
        return server;
    }

    public Integer getPort() {
        return port;
    }

    public Integer getCode() {
        return code;
    }

    /**
     * The numbering an error event's code belongs to (one of {@link Schema.Events.CodeType}), since the same number
     * means different things in each; null for other kinds of event.
     */
    public String getCodeType() {
        return codeType;
    }

    public String getExpectedHost() {
        return expectedHost;
    }

    public String getPresentedHost() {
        return presentedHost;
    }

    public String getPath() {
        return path;
    }

    /** How the server in a connect failure was named, or null when the event names none. */
    public AddressForm getServerForm() {
        return server == null ? null : AddressForm.of(server);
    }

    /** How the host name the client expected on the certificate was written, or null when not known. */
    public AddressForm getExpectedHostForm() {
        return expectedHost == null ? null : AddressForm.of(expectedHost);
    }

    /** Whether an access-denied path is the Communicator folder in the user's profile (or a folder inside it). */
    public boolean isCommunicatorProfileFolder() {
        if (path == null) {
            return false;
        }
        String lower = path.replace('/', '\\').toLowerCase(java.util.Locale.ROOT);
        return lower.contains("\\application data\\microsoft");
    }

    /** The original text of the log line, when the event was read from one. */
    public String getText() {
        return text;
    }

    @Override
    public String describe() {
        String known = description;
        if (known == null) {
            known = description();
            description = known;
        }
        return known;
    }

    private String description() {
        return switch (kind) {
            case Schema.Events.Kind.CONNECT_FAILURE -> "client event: failed to connect to " + server + " on port "
                    + port
                    + " due to error " + code;
            case Schema.Events.Kind.CERTIFICATE_NAME_MISMATCH -> "client event: the certificate presented ("
                    + presentedHost
                    + ") did not match the expected host name " + expectedHost;
            case Schema.Events.Kind.ACCESS_DENIED -> "client event: access denied creating " + path;
            case Schema.Events.Kind.ERROR -> "client event: " + codeType + " error "
                    + (Schema.Events.CodeType.HRESULT.equals(codeType) ? String.format("0x%08x", code)
                            : String.valueOf(code));
            default -> "client event: " + kind + (text == null ? "" : " " + text);
        };
    }

    /** Collects the optional fields of an event before it becomes immutable. */
    public static final class Builder {
        private final String kind;
        private final Source source;
        private String server;
        private Integer port;
        private Integer code;
        private String codeType;
        private String expectedHost;
        private String presentedHost;
        private String path;
        private String text;

        private Builder(String kind, Source source) {
            this.kind = kind;
            this.source = source;
        }

        public Builder server(String value) {
            this.server = value;
            return this;
        }

        public Builder port(Integer value) {
            this.port = value;
            return this;
        }

        public Builder code(Integer value) {
            this.code = value;
            return this;
        }

        public Builder codeType(String value) {
            this.codeType = value;
            return this;
        }

        public Builder expectedHost(String value) {
            this.expectedHost = value;
            return this;
        }

        public Builder presentedHost(String value) {
            this.presentedHost = value;
            return this;
        }

        public Builder path(String value) {
            this.path = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public ClientEvent build() {
            return new ClientEvent(this);
        }
    }
}
