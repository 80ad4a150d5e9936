package io.signindoctor.extract;

import io.signindoctor.facts.FactsMapper;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One fact a pattern states when it matches, built as the same typed fact the matching section of a facts file
 * gives. A matched value that the facts schema would refuse (port 99999, say) yields no fact rather than a wrong one.
 */
final class FactTemplate {

    /** The key that names the fact's kind in the catalog, after the section of a facts file it stands for. */
    enum Kind { FACT, EVENT, DNS, POLICY, REGISTRY }

    private static final Map<String, List<String>> CHOICES = Map.of(
            "code-type", List.of(ClientEvent.WINSOCK, ClientEvent.HRESULT, ClientEvent.MS_DIAGNOSTICS,
                    ClientEvent.EVENT_ID),
            "result", List.of(DnsRecord.FOUND, "nxdomain", "no-data", "servfail", "timeout"),
            "scope", List.of(PolicyValue.COMPUTER, PolicyValue.USER),
            "machine", List.of(RegistryValue.CLIENT, RegistryValue.SERVER),
            "policy-value", List.of("enabled", "disabled", "not-configured"));

    /** The fields each kind of event must have, as the facts schema requires them. */
    private static final Map<String, List<String>> EVENT_FIELDS = Map.of(
            ClientEvent.CONNECT_FAILURE, List.of("server", "port", "code"),
            ClientEvent.CERTIFICATE_NAME_MISMATCH, List.of("expected"),
            ClientEvent.ACCESS_DENIED, List.of("path"),
            ClientEvent.ERROR, List.of("code", "code-type"));

    private final Kind kind;
    private final String head;
    private final Vocabulary.Entry entry;
    private final Map<String, ValueTemplate> fields;
    private final ScalarValues values;

    FactTemplate(Kind kind, String head, Vocabulary.Entry entry, Map<String, ValueTemplate> fields,
            ScalarValues values) {
        this.kind = kind;
        this.head = head;
        this.entry = entry;
        this.fields = Map.copyOf(fields);
        this.values = values;
    }

    Map<String, ValueTemplate> fields() {
        return fields;
    }

    /** What is wrong with the literal (reference-free) fields, as "field: message", for the catalog's errors. */
    List<String> literalProblems() {
        List<String> problems = new ArrayList<>();
        fields.forEach((field, template) -> {
            if (!template.isLiteral()) {
                return;
            }
            String text = template.literal();
            if (kind == Kind.FACT && field.equals("value")) {
                ScalarValues.Checked checked = values.check(entry, text);
                if (!checked.isValid()) {
                    problems.add(field + ": " + checked.problem());
                }
            } else if (CHOICES.containsKey(choiceKey(field)) && choice(field, text) == null) {
                problems.add(field + ": expected one of: " + String.join(", ", CHOICES.get(choiceKey(field)))
                        + "; got \"" + text + "\"");
            }
        });
        return problems;
    }

    /**
     * The fact for one reading, or null when a value read is not one the facts schema allows. The bindings give the
     * text of each ${name} (the value, its anchor, a message's slots); the words are what the fact was read from.
     */
    Fact create(Function<String, String> match, String words, Source source) {
        return switch (kind) {
            case FACT -> {
                String raw = text(match, "value");
                ScalarValues.Checked checked = raw == null ? null : values.check(entry, raw);
                yield checked == null || !checked.isValid() ? null
                        : FactsMapper.scalar(entry.group(), entry.name(), checked.value(), source);
            }
            case EVENT -> event(match, words, source);
            case DNS -> dns(match, source);
            case POLICY -> {
                String scope = choice("scope", text(match, "scope"));
                String value = choice("value", text(match, "value"));
                yield scope == null || value == null ? null : new PolicyValue(head, scope, value, source);
            }
            case REGISTRY -> {
                String machine = choice("machine", text(match, "machine"));
                Long value = dword(text(match, "value"));
                yield machine == null || value == null ? null
                        : new RegistryValue(machine, RegistryValue.MSV1_0, head, value, source);
            }
        };
    }

    private Fact event(Function<String, String> match, String words, Source source) {
        String codeType = fields.containsKey("code-type") ? choice("code-type", text(match, "code-type")) : null;
        Integer port = fields.containsKey("port") ? port(text(match, "port")) : null;
        Integer code = fields.containsKey("code") ? code(text(match, "code"), codeType) : null;
        if (fields.containsKey("port") && port == null || fields.containsKey("code") && code == null
                || fields.containsKey("code-type") && codeType == null
                || EVENT_FIELDS.get(head).stream().anyMatch(field -> text(match, field) == null)) {
            return null;
        }
        return ClientEvent.of(head, source).server(text(match, "server")).port(port).code(code).codeType(codeType)
                .expectedHost(text(match, "expected")).presentedHost(text(match, "presented"))
                .path(text(match, "path")).text(words).build();
    }

    private Fact dns(Function<String, String> match, Source source) {
        String name = text(match, "name");
        String result = fields.containsKey("result") ? choice("result", text(match, "result")) : DnsRecord.FOUND;
        Integer port = fields.containsKey("port") ? port(text(match, "port")) : null;
        if (name == null || result == null || fields.containsKey("port") && port == null) {
            return null;
        }
        return new DnsRecord(name, head, result, text(match, "target"), port, text(match, "address"), source);
    }

    private String text(Function<String, String> match, String field) {
        ValueTemplate template = fields.get(field);
        if (template == null) {
            return null;
        }
        String value = template.fill(match);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A policy's value is checked against the policy settings, every other field against its own name. */
    private String choiceKey(String field) {
        return kind == Kind.POLICY && field.equals("value") ? "policy-value" : field;
    }

    private String choice(String field, String text) {
        if (text == null) {
            return null;
        }
        String lower = String.join("-", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return CHOICES.get(choiceKey(field)).contains(lower) ? lower : null;
    }

    private static Integer port(String text) {
        Long number = number(text);
        return number == null || number < 1 || number > 65535 ? null : number.intValue();
    }

    /** An HRESULT is written in hexadecimal and kept as its 32 bits; other codes are decimal. */
    private static Integer code(String text, String codeType) {
        if (ClientEvent.HRESULT.equals(codeType)) {
            Long bits = dword(text);
            return bits == null ? null : (int) bits.longValue();
        }
        Long number = number(text);
        return number == null || number > Integer.MAX_VALUE ? null : number.intValue();
    }

    private static Long dword(String text) {
        if (text == null) {
            return null;
        }
        Long value = text.regionMatches(true, 0, "0x", 0, 2) ? hex(text.substring(2)) : number(text);
        return value == null || value > 0xFFFFFFFFL ? null : value;
    }

    private static Long hex(String digits) {
        try {
            return digits.isEmpty() || digits.length() > 8 ? null : Long.parseLong(digits, 16);
        } catch (NumberFormatException notHex) {
            return null;
        }
    }

    private static Long number(String text) {
        if (text == null || text.isEmpty() || text.length() > 10) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
