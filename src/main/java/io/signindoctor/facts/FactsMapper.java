package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.model.Account;
import io.signindoctor.model.AutodiscoverAnswer;
import io.signindoctor.model.CaseFacts;
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
            "account", Account::new,
            "symptom", Symptom::new,
            "client", ClientSetting::new,
            "server", ServerSetting::new);

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
        each(document, "events", (node, source) -> facts.add(event(node, source)));
        each(document, "dns", (node, source) -> facts.add(new DnsRecord(node.path("name").asText(),
                node.path("type").asText(), text(node, "result"), text(node, "target"), integer(node, "port"),
                text(node, "address"), source)));
        each(document, "certificates", (node, source) -> facts.add(certificate(node, source)));
        each(document, "registry", (node, source) -> facts.add(new RegistryValue(node.path("machine").asText(),
                node.has("key") ? node.get("key").asText() : RegistryValue.MSV1_0, node.path("name").asText(),
                dword(node.get("value")), source)));
        each(document, "autodiscover", (node, source) -> facts.add(autodiscover(node, source)));
        each(document, "sip-challenges", (node, source) -> facts.add(sipChallenge(node, source)));
        each(document, "tls-endpoints", (node, source) -> facts.add(new TlsEndpoint(node.path("server").asText(),
                texts(node, "accepts"), texts(node, "refuses"), text(node, "without-sni"), source)));
        JsonNode policies = root.path("policies");
        policies.fieldNames().forEachRemaining(policy -> policies.get(policy).fieldNames().forEachRemaining(scope ->
                facts.add(new PolicyValue(policy, scope, policies.get(policy).get(scope).asText(),
                        source(document, "/policies/" + policy + "/" + scope)))));
        List<String> unknown = new ArrayList<>();
        root.path("unknown").forEach(id -> unknown.add(id.asText()));
        return new CaseFacts(root.path("case").asText(""), facts, unknown);
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
        return ClientEvent.of(node.path("kind").asText(), source)
                .server(text(node, "server"))
                .port(integer(node, "port"))
                .code(code(node.get("code")))
                .codeType(text(node, "code-type"))
                .expectedHost(text(node, "expected"))
                .presentedHost(text(node, "presented"))
                .path(text(node, "path"))
                .text(text(node, "text"))
                .build();
    }

    private static Certificate certificate(JsonNode node, Source source) {
        Boolean publicRoot = node.has("public-root") ? node.get("public-root").asBoolean() : null;
        return new Certificate(text(node, "server"), text(node, "subject"), texts(node, "alternative-names"),
                text(node, "issuer"), text(node, "not-after"),
                new Certificate.Chain(text(node, "chain-root"), publicRoot, texts(node, "crl-urls")), source);
    }

    private static AutodiscoverAnswer autodiscover(JsonNode node, Source source) {
        List<AutodiscoverAnswer.Link> links = new ArrayList<>();
        node.path("links").forEach(link -> links.add(new AutodiscoverAnswer.Link(link.path("token").asText(),
                link.path("href").asText())));
        return AutodiscoverAnswer.of(node.path("url").asText(), node.path("result").asText(), source)
                .status(integer(node, "status")).contentType(text(node, "content-type"))
                .document(text(node, "document")).links(links).location(text(node, "location"))
                .webTicket(text(node, "web-ticket")).date(text(node, "date"))
                .clockOffset(integer(node, "clock-offset")).build();
    }

    private static SipChallenge sipChallenge(JsonNode node, Source source) {
        List<SipChallenge.Offer> offers = new ArrayList<>();
        node.path("authenticate").forEach(offer -> offers.add(new SipChallenge.Offer(offer.path("scheme").asText(),
                text(offer, "realm"), text(offer, "targetname"), text(offer, "version"), text(offer, "sts-uri"))));
        return SipChallenge.of(node.path("server").asText(), node.path("result").asText(), source)
                .sipUri(text(node, "sip-uri")).status(integer(node, "status")).reason(text(node, "reason"))
                .offers(offers).msDiagnostics(text(node, "ms-diagnostics")).date(text(node, "date"))
                .clockOffset(integer(node, "clock-offset")).build();
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
