package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one DNS lookup the client makes, or would make, during automatic configuration. A lookup that
 * found nothing is a fact too (result nxdomain, no-data, servfail or timeout): an absent SRV record is the finding,
 * so it must be stated rather than inferred from silence.
 */
public final class DnsRecord extends Fact {

    private final String name;
    private final String type;
    private final String result;
    private final String target;
    private final Integer port;
    private final String address;

    public DnsRecord(String name, String type, String result, String target, Integer port, String address,
            Source source) {
        super(source);
        this.name = normalise(Objects.requireNonNull(name, "name"));
        this.type = Objects.requireNonNull(type, "type").toUpperCase(Locale.ROOT);
        this.result = result == null ? Schema.Dns.Result.DEFAULT : result;
        this.target = target == null ? null : normalise(target);
        this.port = port;
        this.address = address;
    }

    /**
     * An SRV lookup as an engineer reports it: "target:port", or "none" when it found nothing. The record keeps the
     * source of the answer, so evidence still points at what the engineer said.
     */
    public static DnsRecord srvFromAnswer(String name, String answer, Source source) {
        String text = answer.trim();
        if (text.equalsIgnoreCase("none")) {
            return new DnsRecord(name, Schema.Dns.Type.SRV, Schema.Dns.Result.NXDOMAIN, null, null, null, source);
        }
        int colon = text.lastIndexOf(':');
        return new DnsRecord(name, Schema.Dns.Type.SRV, Schema.Dns.Result.FOUND, text.substring(0, colon),
                Integer.valueOf(text.substring(colon + 1)), null, source);
    }

    /** A host record an engineer says exists or not; the address is not needed by any rule. */
    public static DnsRecord hostFromAnswer(String name, boolean exists, Source source) {
        return new DnsRecord(name, Schema.Dns.Type.A, exists ? Schema.Dns.Result.FOUND : Schema.Dns.Result.NXDOMAIN,
                null, null, null, source);
    }

    /** DNS names compare without case and without the root dot, as resolvers do. */
    static String normalise(String dnsName) {
        String lower = dnsName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getResult() {
        return result;
    }

    public boolean isFound() {
        return Schema.Dns.Result.FOUND.equals(result);
    }

    public String getTarget() {
        return target;
    }

    public Integer getPort() {
        return port;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public String describe() {
        if (!isFound()) {
            return "DNS " + type + " " + name + ": " + result;
        }
        if (Schema.Dns.Type.SRV.equals(type)) {
            if (target == null) {
                return "DNS SRV " + name + " on port " + port;
            }
            return "DNS SRV " + name + " -> " + target + (port == null ? "" : ":" + port);
        }
        if (Schema.Dns.Type.CNAME.equals(type)) {
            return "DNS CNAME " + name + " -> " + target;
        }
        return "DNS " + type + " " + name + " -> " + address;
    }
}
