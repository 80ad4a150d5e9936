package io.signindoctor.facts;

import io.signindoctor.model.AutodiscoverAnswer;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.SipChallenge;
import io.signindoctor.model.TlsEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes facts back as a facts file, the format an engineer reads, edits and attaches to a ticket, with a comment on
 * each entry saying where it came from: a gathered or answered fact must stay as traceable in the file as it was in
 * the session. Scalars are typed from the vocabulary, so the file reads back to the same facts.
 */
public final class FactsFileWriter {

    private static final List<String> GROUPS = Vocabulary.GROUPS;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

    private final Vocabulary vocabulary;

    public FactsFileWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The facts file's text. Only facts a facts file can hold are accepted (no derived facts), and at most one value
     * per scalar entry, since a file cannot say which of two would count.
     *
     * @throws IllegalArgumentException for a fact the format cannot hold
     */
    public String write(CaseFacts facts) {
        Map<String, Map<String, NamedValue>> groups = new LinkedHashMap<>();
        GROUPS.forEach(group -> groups.put(group, new LinkedHashMap<>()));
        List<ClientEvent> events = new ArrayList<>();
        List<DnsRecord> dns = new ArrayList<>();
        List<Certificate> certificates = new ArrayList<>();
        Map<String, Map<String, PolicyValue>> policies = new LinkedHashMap<>();
        List<RegistryValue> registry = new ArrayList<>();
        List<AutodiscoverAnswer> autodiscover = new ArrayList<>();
        List<SipChallenge> challenges = new ArrayList<>();
        List<TlsEndpoint> endpoints = new ArrayList<>();
        for (Fact fact : facts.facts()) {
            if (fact instanceof NamedValue value && groups.containsKey(value.getGroup())) {
                once(groups.get(value.getGroup()), value.getName(), value, value.getId());
            } else if (fact instanceof ClientEvent event) {
                events.add(event);
            } else if (fact instanceof DnsRecord record) {
                dns.add(record);
            } else if (fact instanceof Certificate certificate) {
                certificates.add(certificate);
            } else if (fact instanceof PolicyValue policy) {
                once(policies.computeIfAbsent(policy.getName(), name -> new LinkedHashMap<>()), policy.getScope(),
                        policy, "policies." + policy.getName() + "." + policy.getScope());
            } else if (fact instanceof RegistryValue value) {
                registry.add(value);
            } else if (fact instanceof AutodiscoverAnswer answer) {
                autodiscover.add(answer);
            } else if (fact instanceof SipChallenge challenge) {
                challenges.add(challenge);
            } else if (fact instanceof TlsEndpoint endpoint) {
                endpoints.add(endpoint);
            } else {
                throw new IllegalArgumentException("a facts file cannot hold " + fact);
            }
        }
        StringBuilder yaml = new StringBuilder("# Sign-in Doctor facts file; the comment on each entry says where it "
                + "came from.\n");
        if (!facts.title().isEmpty()) {
            yaml.append("case: ").append(scalar(facts.title())).append('\n');
        }
        groups.forEach((group, values) -> {
            if (!values.isEmpty()) {
                yaml.append(group).append(":\n");
                values.values().forEach(value -> line(yaml, "  ", value.getName(), typed(value), value));
            }
        });
        section(yaml, "events", events, this::event);
        section(yaml, "dns", dns, this::dns);
        section(yaml, "certificates", certificates, this::certificate);
        if (!policies.isEmpty()) {
            yaml.append("policies:\n");
            policies.forEach((name, scopes) -> {
                yaml.append("  ").append(name).append(":\n");
                scopes.forEach((scope, policy) -> line(yaml, "    ", scope, scalar(policy.getValue()), policy));
            });
        }
        section(yaml, "registry", registry, this::registry);
        section(yaml, "autodiscover", autodiscover, this::autodiscover);
        section(yaml, "sip-challenges", challenges, this::sipChallenge);
        section(yaml, "tls-endpoints", endpoints, this::tlsEndpoint);
        if (!facts.unknown().isEmpty()) {
            yaml.append("unknown: [").append(String.join(", ", facts.unknown())).append("]   # nobody could find "
                    + "these out; they are not asked again\n");
        }
        return yaml.toString();
    }

    private static <T extends Fact> void once(Map<String, T> entries, String key, T fact, String id) {
        T earlier = entries.putIfAbsent(key, fact);
        if (earlier != null) {
            throw new IllegalArgumentException("two values for " + id + ": " + earlier + " and " + fact);
        }
    }

    private interface ItemWriter<T> {
        List<String[]> fields(T item);
    }

    /** A list section, one block mapping per item, the item's source on its first line. */
    private static <T extends Fact> void section(StringBuilder yaml, String name, List<T> items, ItemWriter<T> writer) {
        if (items.isEmpty()) {
            return;
        }
        yaml.append(name).append(":\n");
        for (T item : items) {
            List<String[]> fields = writer.fields(item);
            for (int i = 0; i < fields.size(); i++) {
                String[] field = fields.get(i);
                if (i == 0) {
                    line(yaml, "  - ", field[0], field[1], item);
                } else {
                    yaml.append("    ").append(field[0]).append(": ").append(field[1]).append('\n');
                }
            }
        }
    }

    private static void line(StringBuilder yaml, String indent, String key, String value, Fact fact) {
        yaml.append(indent).append(key).append(": ").append(value).append("   # ")
                .append(fact.getSource().toString().replaceAll("[\\r\\n]+", " ")).append('\n');
    }

    private List<String[]> event(ClientEvent event) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"kind", scalar(event.getKind())});
        optional(fields, "server", event.getServer());
        optional(fields, "port", event.getPort());
        optional(fields, "code-type", event.getCodeType());
        optional(fields, "code", ClientEvent.HRESULT.equals(event.getCodeType()) && event.getCode() != null
                ? String.format("0x%08X", event.getCode()) : event.getCode());
        optional(fields, "expected", event.getExpectedHost());
        optional(fields, "presented", event.getPresentedHost());
        optional(fields, "path", event.getPath());
        optional(fields, "text", event.getText());
        return fields;
    }

    private List<String[]> dns(DnsRecord record) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"name", scalar(record.getName())});
        fields.add(new String[] {"type", scalar(record.getType())});
        if (!record.isFound()) {
            fields.add(new String[] {"result", scalar(record.getResult())});
        }
        optional(fields, "target", record.getTarget());
        optional(fields, "port", record.getPort());
        optional(fields, "address", record.getAddress());
        return fields;
    }

    private List<String[]> certificate(Certificate certificate) {
        List<String[]> fields = new ArrayList<>();
        optional(fields, "server", certificate.getServer());
        fields.add(new String[] {"subject", scalar(certificate.getSubjectName())});
        if (!certificate.getAlternativeNames().isEmpty()) {
            fields.add(new String[] {"alternative-names", "["
                    + String.join(", ", certificate.getAlternativeNames().stream().map(FactsFileWriter::scalar).toList())
                    + "]"});
        }
        optional(fields, "issuer", certificate.getIssuer());
        optional(fields, "not-after", certificate.getNotAfter());
        optional(fields, "chain-root", certificate.getChainRoot());
        if (certificate.getPublicRoot() != null) {
            fields.add(new String[] {"public-root", certificate.getPublicRoot().toString()});
        }
        list(fields, "crl-urls", certificate.getCrlUrls());
        return fields;
    }

    private List<String[]> autodiscover(AutodiscoverAnswer answer) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"url", scalar(answer.getUrl())});
        fields.add(new String[] {"result", scalar(answer.getResult())});
        optional(fields, "status", answer.getStatus());
        optional(fields, "content-type", answer.getContentType());
        optional(fields, "document", answer.getDocument());
        if (!answer.getLinks().isEmpty()) {
            fields.add(new String[] {"links", "[" + String.join(", ", answer.getLinks().stream()
                    .map(link -> "{token: " + scalar(link.token()) + ", href: " + scalar(link.href()) + "}")
                    .toList()) + "]"});
        }
        optional(fields, "location", answer.getLocation());
        optional(fields, "web-ticket", answer.getWebTicket());
        optional(fields, "date", answer.getDate());
        optional(fields, "clock-offset", answer.getClockOffset());
        return fields;
    }

    private List<String[]> sipChallenge(SipChallenge challenge) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"server", scalar(challenge.getServer())});
        optional(fields, "sip-uri", challenge.getSipUri());
        fields.add(new String[] {"result", scalar(challenge.getResult())});
        optional(fields, "status", challenge.getStatus());
        optional(fields, "reason", challenge.getReason());
        if (!challenge.getOffers().isEmpty()) {
            fields.add(new String[] {"authenticate", "[" + String.join(", ", challenge.getOffers().stream()
                    .map(FactsFileWriter::offer).toList()) + "]"});
        }
        optional(fields, "ms-diagnostics", challenge.getMsDiagnostics());
        optional(fields, "date", challenge.getDate());
        optional(fields, "clock-offset", challenge.getClockOffset());
        return fields;
    }

    private static String offer(SipChallenge.Offer offer) {
        List<String> parts = new ArrayList<>(List.of("scheme: " + scalar(offer.scheme())));
        String[][] optional = {{"realm", offer.realm()}, {"targetname", offer.targetname()},
            {"version", offer.version()}, {"sts-uri", offer.stsUri()}};
        for (String[] field : optional) {
            if (field[1] != null) {
                parts.add(field[0] + ": " + scalar(field[1]));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private List<String[]> tlsEndpoint(TlsEndpoint endpoint) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"server", scalar(endpoint.getServer())});
        list(fields, "accepts", endpoint.getAccepts());
        list(fields, "refuses", endpoint.getRefuses());
        optional(fields, "without-sni", endpoint.getWithoutSni());
        return fields;
    }

    private static void list(List<String[]> fields, String name, List<String> values) {
        if (!values.isEmpty()) {
            fields.add(new String[] {name, "[" + String.join(", ", values.stream().map(FactsFileWriter::scalar)
                    .toList()) + "]"});
        }
    }

    private List<String[]> registry(RegistryValue value) {
        return List.of(new String[] {"machine", scalar(value.getMachine())},
                new String[] {"key", scalar(value.getKey())},
                new String[] {"name", scalar(value.getName())},
                new String[] {"value", "\"" + value.getHex() + "\""});
    }

    private static void optional(List<String[]> fields, String name, Object value) {
        if (value instanceof Integer number) {
            fields.add(new String[] {name, number.toString()});
        } else if (value != null) {
            fields.add(new String[] {name, scalar(value.toString())});
        }
    }

    /** A scalar entry as the vocabulary types it: flags and numbers unquoted, everything else as text. */
    private String typed(NamedValue value) {
        String type = vocabulary.find(value.getId()).map(Vocabulary.Entry::type).orElse("string");
        boolean bare = ("boolean".equals(type) && value.getFlag() != null)
                || ("integer".equals(type) && value.getNumber() != null);
        return bare ? value.getValue() : scalar(value.getValue());
    }

    /** Plain when YAML reads it back as the same text, double-quoted otherwise. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
