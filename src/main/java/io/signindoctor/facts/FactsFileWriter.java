package io.signindoctor.facts;

import io.signindoctor.model.AutodiscoverAnswer;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.vocabulary.Schema;
import io.signindoctor.model.SipChallenge;
import io.signindoctor.model.TlsEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes facts back as a facts file, the format an engineer reads, edits and attaches to a ticket, with a comment on
 * each entry saying where it came from: a gathered or answered fact must stay as traceable in the file as it was in
 * the session. Scalars are typed from the vocabulary, so the file reads back to the same facts.
 */
public final class FactsFileWriter {

    private static final List<String> GROUPS = Vocabulary.GROUPS;

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
            if (facts.texts().stream().anyMatch(text -> text.isSourceOf(fact))) {
                continue;
            }
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
                        policy, Schema.POLICIES + "." + policy.getName() + "." + policy.getScope());
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
            yaml.append(Schema.CASE).append(": ").append(YamlText.scalar(facts.title())).append('\n');
        }
        text(yaml, facts.texts());
        groups.forEach((group, values) -> {
            if (!values.isEmpty()) {
                yaml.append(group).append(":\n");
                values.values().forEach(value -> line(yaml, "  ", value.getName(), typed(value), value));
            }
        });
        section(yaml, Schema.EVENTS, events, this::event);
        section(yaml, Schema.DNS, dns, this::dns);
        section(yaml, Schema.CERTIFICATES, certificates, this::certificate);
        if (!policies.isEmpty()) {
            yaml.append(Schema.POLICIES).append(":\n");
            policies.forEach((name, scopes) -> {
                yaml.append("  ").append(name).append(":\n");
                scopes.forEach((scope, policy) -> line(yaml, "    ", scope, YamlText.scalar(policy.getValue()), policy));
            });
        }
        section(yaml, Schema.REGISTRY, registry, this::registry);
                section(yaml, Schema.AUTODISCOVER, autodiscover, this::autodiscover);
        section(yaml, Schema.SIP_CHALLENGES, challenges, this::sipChallenge);
        section(yaml, Schema.TLS_ENDPOINTS, endpoints, this::tlsEndpoint);
        if (!facts.unknown().isEmpty()) {
            yaml.append(Schema.UNKNOWN).append(": [").append(String.join(", ", facts.unknown()))
                    .append("]   # nobody could find these out; they are not asked again\n");
        }
        return yaml.toString();
    }

    /**
     * The case's texts as one text: entry, a literal block that keeps its lines as written (so a fact read from it
     * cites the line an editor shows), or a quoted scalar when a line could not stand in a block unchanged. The facts
     * read from the texts are not written: reading the file reads them again.
     */
    private static void text(StringBuilder yaml, List<CaseText> texts) {
        if (texts.isEmpty()) {
            return;
        }
        String joined = String.join("\n\n", texts.stream().map(text -> text.content().strip()).toList())
                .replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(joined.split("\r\n|\n|\r", -1));
        boolean block = joined.codePoints().allMatch(FactsFileWriter::blockSafe);
        yaml.append("# the case's text as written (").append(YamlText.comment(String.join(", ", texts.stream()
                .map(CaseText::where).toList()))).append("); facts are read from it each time this file is read\n");
        if (!block) {
            yaml.append(Schema.TEXT).append(": ").append(YamlText.scalar(joined)).append('\n');
            return;
        }
        yaml.append(Schema.TEXT).append(": |2-\n");
        lines.forEach(line -> yaml.append(line.isEmpty() ? "" : "  ").append(line).append('\n'));
    }

    /**
     * A code point YAML keeps as it is inside a literal block: printable, no line break of its own, and not half of a
     * surrogate pair (which no encoding can write).
     */
    private static boolean blockSafe(int c) {
        return c == '\t' || c == '\n' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 && c != 0x2028
                && c != 0x2029 || c >= 0xE000 && c < 0xFFFE && c != 0xFEFF || c >= 0x10000;
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
                .append(YamlText.comment(fact.getSource().toString())).append('\n');
    }

    private List<String[]> event(ClientEvent event) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {Schema.Events.KIND, YamlText.scalar(event.getKind())});
        optional(fields, Schema.Events.SERVER, event.getServer());
        optional(fields, Schema.Events.PORT, event.getPort());
        optional(fields, Schema.Events.CODE_TYPE, event.getCodeType());
        optional(fields, Schema.Events.CODE, Schema.Events.CodeType.HRESULT.equals(event.getCodeType())
                && event.getCode() != null ? String.format("0x%08X", event.getCode()) : event.getCode());
        optional(fields, Schema.Events.EXPECTED, event.getExpectedHost());
        optional(fields, Schema.Events.PRESENTED, event.getPresentedHost());
        optional(fields, Schema.Events.PATH, event.getPath());
        optional(fields, Schema.Events.TEXT, event.getText());
        return fields;
    }

    private List<String[]> dns(DnsRecord record) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {Schema.Dns.NAME, YamlText.scalar(record.getName())});
        fields.add(new String[] {Schema.Dns.TYPE, YamlText.scalar(record.getType())});
        if (!record.getResult().equals(Schema.Dns.Result.DEFAULT)) {
            fields.add(new String[] {Schema.Dns.RESULT, YamlText.scalar(record.getResult())});
        }
        optional(fields, Schema.Dns.TARGET, record.getTarget());
        optional(fields, Schema.Dns.PORT, record.getPort());
        optional(fields, Schema.Dns.ADDRESS, record.getAddress());
        return fields;
    }

    private List<String[]> certificate(Certificate certificate) {
        List<String[]> fields = new ArrayList<>();
        optional(fields, Schema.Certificates.SERVER, certificate.getServer());
        fields.add(new String[] {Schema.Certificates.SUBJECT, YamlText.scalar(certificate.getSubjectName())});
        if (!certificate.getAlternativeNames().isEmpty()) {
            fields.add(new String[] {Schema.Certificates.ALTERNATIVE_NAMES, "["
                    + String.join(", ", certificate.getAlternativeNames().stream().map(YamlText::scalar).toList())
                    + "]"});
        }
        optional(fields, Schema.Certificates.ISSUER, certificate.getIssuer());
        optional(fields, Schema.Certificates.NOT_AFTER, certificate.getNotAfter());
        optional(fields, Schema.Certificates.CHAIN_ROOT, certificate.getChainRoot());
        if (certificate.getPublicRoot() != null) {
            fields.add(new String[] {Schema.Certificates.PUBLIC_ROOT, certificate.getPublicRoot().toString()});
        }
        list(fields, Schema.Certificates.CRL_URLS, certificate.getCrlUrls());
        return fields;
    }

    private List<String[]> autodiscover(AutodiscoverAnswer answer) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {Schema.Autodiscover.URL, YamlText.scalar(answer.getUrl())});
        fields.add(new String[] {Schema.Autodiscover.RESULT, YamlText.scalar(answer.getResult())});
        optional(fields, Schema.Autodiscover.STATUS, answer.getStatus());
        optional(fields, Schema.Autodiscover.CONTENT_TYPE, answer.getContentType());
        optional(fields, Schema.Autodiscover.DOCUMENT, answer.getDocument());
        if (!answer.getLinks().isEmpty()) {
            fields.add(new String[] {Schema.Autodiscover.LINKS, "[" + String.join(", ", answer.getLinks().stream()
                    .map(link -> "{token: " + YamlText.scalar(link.token()) + ", href: " + YamlText.scalar(link.href()) + "}")
                    .toList()) + "]"});
        }
        optional(fields, Schema.Autodiscover.LOCATION, answer.getLocation());
        optional(fields, Schema.Autodiscover.WEB_TICKET, answer.getWebTicket());
        optional(fields, Schema.Autodiscover.DATE, answer.getDate());
        optional(fields, Schema.Autodiscover.CLOCK_OFFSET, answer.getClockOffset());
        return fields;
    }

    private List<String[]> sipChallenge(SipChallenge challenge) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {Schema.SipChallenges.SERVER, YamlText.scalar(challenge.getServer())});
        optional(fields, Schema.SipChallenges.SIP_URI, challenge.getSipUri());
        fields.add(new String[] {Schema.SipChallenges.RESULT, YamlText.scalar(challenge.getResult())});
        optional(fields, Schema.SipChallenges.STATUS, challenge.getStatus());
        optional(fields, Schema.SipChallenges.REASON, challenge.getReason());
        if (!challenge.getOffers().isEmpty()) {
            fields.add(new String[] {Schema.SipChallenges.AUTHENTICATE, "[" + String.join(", ", challenge.getOffers().stream()
                    .map(FactsFileWriter::offer).toList()) + "]"});
        }
        optional(fields, Schema.SipChallenges.MS_DIAGNOSTICS, challenge.getMsDiagnostics());
        optional(fields, Schema.SipChallenges.DATE, challenge.getDate());
        optional(fields, Schema.SipChallenges.CLOCK_OFFSET, challenge.getClockOffset());
        return fields;
    }

    private static String offer(SipChallenge.Offer offer) {
        List<String> parts = new ArrayList<>(List.of(Schema.SipChallenges.Authenticate.SCHEME + ": "
                + YamlText.scalar(offer.scheme())));
        String[][] optional = {{Schema.SipChallenges.Authenticate.REALM, offer.realm()},
            {Schema.SipChallenges.Authenticate.TARGETNAME, offer.targetname()},
            {Schema.SipChallenges.Authenticate.VERSION, offer.version()},
            {Schema.SipChallenges.Authenticate.STS_URI, offer.stsUri()}};
        for (String[] field : optional) {
            if (field[1] != null) {
                parts.add(field[0] + ": " + YamlText.scalar(field[1]));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private List<String[]> tlsEndpoint(TlsEndpoint endpoint) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {Schema.TlsEndpoints.SERVER, YamlText.scalar(endpoint.getServer())});
        list(fields, Schema.TlsEndpoints.ACCEPTS, endpoint.getAccepts());
        list(fields, Schema.TlsEndpoints.REFUSES, endpoint.getRefuses());
        optional(fields, Schema.TlsEndpoints.WITHOUT_SNI, endpoint.getWithoutSni());
        return fields;
    }

    private static void list(List<String[]> fields, String name, List<String> values) {
        if (!values.isEmpty()) {
            fields.add(new String[] {name, "[" + String.join(", ", values.stream().map(YamlText::scalar)
                    .toList()) + "]"});
        }
    }

    private List<String[]> registry(RegistryValue value) {
        return List.of(new String[] {Schema.Registry.MACHINE, YamlText.scalar(value.getMachine())},
                new String[] {Schema.Registry.KEY, YamlText.scalar(value.getKey())},
                new String[] {Schema.Registry.NAME, YamlText.scalar(value.getName())},
                new String[] {Schema.Registry.VALUE, "\"" + value.getHex() + "\""});
    }

    private static void optional(List<String[]> fields, String name, Object value) {
        if (value instanceof Integer number) {
            fields.add(new String[] {name, number.toString()});
        } else if (value != null) {
            fields.add(new String[] {name, YamlText.scalar(value.toString())});
        }
    }

    /** A scalar entry as the vocabulary types it: flags and numbers unquoted, everything else as text. */
    private String typed(NamedValue value) {
        String type = vocabulary.find(value.getId()).map(Vocabulary.Entry::type).orElse(ValueSpec.STRING);
        boolean bare = (ValueSpec.BOOLEAN.equals(type) && value.getFlag() != null)
                || (ValueSpec.INTEGER.equals(type) && value.getNumber() != null);
        return bare ? value.getValue() : YamlText.scalar(value.getValue());
    }
}
