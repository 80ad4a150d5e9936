package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.model.Account;
import io.signindoctor.model.AutodiscoverAnswer;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.SipChallenge;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import io.signindoctor.vocabulary.Schema;
import io.signindoctor.model.TlsEndpoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a facts document that has passed schema validation into typed facts, each stamped with the file and line it
 * was written on. The scalar groups map onto one fact class each, so a vocabulary entry added to the schema becomes
 * a fact rules can read without a change here.
 */
public final class FactsMapper {

    private interface ScalarFactory {
        Fact create(String name, String value, Source source);
    }

    private static final Map<String, ScalarFactory> GROUPS = Map.of(
            Schema.ACCOUNT, Account::new,
            Schema.SYMPTOM, Symptom::new,
            Schema.CLIENT, ClientSetting::new,
            Schema.SERVER, ServerSetting::new);

    /**
     * A single named value (client.transport = TCP, say) as the fact a facts file would give for it, for inputs
     * other than facts files that state the same things. The group is one of {@link Vocabulary#GROUPS}.
     */
    public static Fact scalar(String group, String name, String value, Source source) {
        ScalarFactory factory = GROUPS.get(group);
        if (factory == null) {
            throw new IllegalArgumentException("not a group of single values: " + group);
        }
        return factory.create(name, value, source);
    }

    public CaseFacts map(LocatedDocument document) {
        JsonNode root = document.root();
        List<Fact> facts = new ArrayList<>();
        GROUPS.keySet().stream().sorted((a, b) -> Integer.compare(document.lineOf("/" + a), document.lineOf("/" + b)))
                .filter(root::has)
                .forEach(group -> mapScalars(document, group, facts));
        each(document, Schema.EVENTS, (node, source) -> facts.add(event(node, source)));
        each(document, Schema.DNS, (node, source) -> facts.add(new DnsRecord(node.path(Schema.Dns.NAME).asText(),
                node.path(Schema.Dns.TYPE).asText(), text(node, Schema.Dns.RESULT), text(node, Schema.Dns.TARGET),
                integer(node, Schema.Dns.PORT), text(node, Schema.Dns.ADDRESS), source)));
        each(document, Schema.CERTIFICATES, (node, source) -> facts.add(certificate(node, source)));
        each(document, Schema.REGISTRY, (node, source) -> facts.add(new RegistryValue(
                node.path(Schema.Registry.MACHINE).asText(), node.path(Schema.Registry.KEY).asText(
                        Schema.Registry.Key.DEFAULT), node.path(Schema.Registry.NAME).asText(),
                dword(node.get(Schema.Registry.VALUE)), source)));
        each(document, Schema.AUTODISCOVER, (node, source) -> facts.add(autodiscover(node, source)));
        each(document, Schema.SIP_CHALLENGES, (node, source) -> facts.add(sipChallenge(node, source)));
        each(document, Schema.TLS_ENDPOINTS, (node, source) -> facts.add(new TlsEndpoint(
                node.path(Schema.TlsEndpoints.SERVER).asText(), texts(node, Schema.TlsEndpoints.ACCEPTS),
                texts(node, Schema.TlsEndpoints.REFUSES), text(node, Schema.TlsEndpoints.WITHOUT_SNI), source)));
        JsonNode policies = root.path(Schema.POLICIES);
        policies.fieldNames().forEachRemaining(policy -> policies.get(policy).fieldNames().forEachRemaining(scope ->
                facts.add(new PolicyValue(policy, scope, policies.get(policy).get(scope).asText(),
                        source(document, "/" + Schema.POLICIES + "/" + policy + "/" + scope)))));
        List<String> unknown = new ArrayList<>();
        root.path(Schema.UNKNOWN).forEach(id -> unknown.add(id.asText()));
        return new CaseFacts(root.path(Schema.CASE).asText(""), facts, unknown, texts(document));
    }

    /**
     * The case's text as written, with the line its first line is on: a block scalar ({@code text: |}) starts on the
     * line after its key, any other scalar on the key's own line.
     */
    private static List<CaseText> texts(LocatedDocument document) {
        JsonNode text = document.root().get(Schema.TEXT);
        if (text == null || text.isNull() || text.asText().isBlank()) {
            return List.of();
        }
        String content = text.asText();
        int line = document.lineOf("/" + Schema.TEXT) + (content.indexOf('\n') >= 0 ? 1 : 0);
        return List.of(new CaseText(document.file(), line, content));
    }

    private void mapScalars(LocatedDocument document, String group, List<Fact> facts) {
        ScalarFactory factory = GROUPS.get(group);
        Iterator<Map.Entry<String, JsonNode>> fields = document.root().get(group).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull()) {
                facts.add(factory.create(field.getKey(), canonical(field.getValue()),
                        source(document, "/" + group + "/" + field.getKey())));
            }
        }
    }

    private interface ItemConsumer {
        void accept(JsonNode node, Source source);
    }

    private static void each(LocatedDocument document, String section, ItemConsumer consumer) {
        JsonNode items = document.root().path(section);
        for (int i = 0; i < items.size(); i++) {
            consumer.accept(items.get(i), source(document, "/" + section + "/" + i));
        }
    }

    private static ClientEvent event(JsonNode node, Source source) {
        return ClientEvent.of(node.path(Schema.Events.KIND).asText(), source)
                .server(text(node, Schema.Events.SERVER))
                .port(integer(node, Schema.Events.PORT))
                .code(code(node.get(Schema.Events.CODE)))
                .codeType(text(node, Schema.Events.CODE_TYPE))
                .expectedHost(text(node, Schema.Events.EXPECTED))
                .presentedHost(text(node, Schema.Events.PRESENTED))
                .path(text(node, Schema.Events.PATH))
                .text(text(node, Schema.Events.TEXT))
                .build();
    }

    private static Certificate certificate(JsonNode node, Source source) {
        Boolean publicRoot = node.has(Schema.Certificates.PUBLIC_ROOT) ? node.get(Schema.Certificates.PUBLIC_ROOT).asBoolean() : null;
        return new Certificate(text(node, Schema.Certificates.SERVER), text(node, Schema.Certificates.SUBJECT),
                texts(node, Schema.Certificates.ALTERNATIVE_NAMES), text(node, Schema.Certificates.ISSUER),
                text(node, Schema.Certificates.NOT_AFTER),
                new Certificate.Chain(text(node, Schema.Certificates.CHAIN_ROOT), publicRoot,
                        texts(node, Schema.Certificates.CRL_URLS)), source);
    }

    private static AutodiscoverAnswer autodiscover(JsonNode node, Source source) {
        List<AutodiscoverAnswer.Link> links = new ArrayList<>();
        node.path(Schema.Autodiscover.LINKS).forEach(link -> links.add(new AutodiscoverAnswer.Link(link.path(Schema.Autodiscover.Links.TOKEN).asText(),
                link.path(Schema.Autodiscover.Links.HREF).asText())));
        return AutodiscoverAnswer.of(node.path(Schema.Autodiscover.URL).asText(), node.path(Schema.Autodiscover.RESULT).asText(), source)
                .status(integer(node, Schema.Autodiscover.STATUS)).contentType(text(node, Schema.Autodiscover.CONTENT_TYPE))
                .document(text(node, Schema.Autodiscover.DOCUMENT)).links(links).location(text(node, Schema.Autodiscover.LOCATION))
                .webTicket(text(node, Schema.Autodiscover.WEB_TICKET)).date(text(node, Schema.Autodiscover.DATE))
                .clockOffset(integer(node, Schema.Autodiscover.CLOCK_OFFSET)).build();
    }

    private static SipChallenge sipChallenge(JsonNode node, Source source) {
        List<SipChallenge.Offer> offers = new ArrayList<>();
        node.path(Schema.SipChallenges.AUTHENTICATE).forEach(offer -> offers.add(new SipChallenge.Offer(offer.path(Schema.SipChallenges.Authenticate.SCHEME).asText(),
                text(offer, Schema.SipChallenges.Authenticate.REALM), text(offer, Schema.SipChallenges.Authenticate.TARGETNAME), text(offer, Schema.SipChallenges.Authenticate.VERSION), text(offer, Schema.SipChallenges.Authenticate.STS_URI))));
        return SipChallenge.of(node.path(Schema.SipChallenges.SERVER).asText(), node.path(Schema.SipChallenges.RESULT).asText(), source)
                .sipUri(text(node, Schema.SipChallenges.SIP_URI)).status(integer(node, Schema.SipChallenges.STATUS)).reason(text(node, Schema.SipChallenges.REASON))
                .offers(offers).msDiagnostics(text(node, Schema.SipChallenges.MS_DIAGNOSTICS)).date(text(node, Schema.SipChallenges.DATE))
                .clockOffset(integer(node, Schema.SipChallenges.CLOCK_OFFSET)).build();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Source source(LocatedDocument document, String pointer) {
        return Source.file(document.file(), document.lineOf(pointer));
    }

    /** Booleans become "true"/"false" and numbers their decimal form, whatever spelling the file used. */
    private static String canonical(JsonNode value) {
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        return value.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isIntegralNumber() ? null : value.intValue();
    }

    /** An event's error code: a number, or an HRESULT as "0x..." text kept as its 32 bits. */
    private static Integer code(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? (int) dword(value) : value.intValue();
    }

    /** A DWORD written as a number or as "0x..." text. */
    static long dword(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        return Long.parseLong(value.asText().substring(2), 16);
    }
}
