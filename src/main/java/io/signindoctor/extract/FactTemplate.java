package io.signindoctor.extract;

import io.signindoctor.facts.FactsMapper;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One fact a pattern states when it matches, built as the same typed fact the matching section of a facts file
 * gives. A matched value that the facts schema would refuse (port 99999, say) yields no fact rather than a wrong one.
 */
final class FactTemplate {

    /** The key that names the fact's kind in the catalog, after the section of a facts file it stands for. */
    enum Kind {
        FACT(null), EVENT("events"), DNS("dns"), POLICY("policies"), REGISTRY("registry");

        private final String section;

        Kind(String section) {
            this.section = section;
        }
    }

    private final Kind kind;
    private final String head;
    private final Vocabulary.Entry entry;
    private final Map<String, ValueTemplate> fields;
    private final ScalarValues values;
    /**
     * For a single value written in the catalogue ("account.enabled: false"): that value as the schema spells it,
     * checked once here rather than each time a text states it, and the fact's description, the same wherever it is
     * read, so that a reader can skip a fact the incident already holds without building it again. Null otherwise.
     */
    private final String literalValue;
    private final String literalDescription;

    FactTemplate(Kind kind, String head, Vocabulary.Entry entry, Map<String, ValueTemplate> fields,
            ScalarValues values) {
        this.kind = kind;
        this.head = head;
        this.entry = entry;
        this.fields = Map.copyOf(fields);
        this.values = values;
        ValueTemplate value = this.fields.get("value");
        String raw = kind == Kind.FACT && value != null && value.isLiteral() ? text(null, "value") : null;
        ValueChecker.Checked checked = raw == null ? null : values.check(entry, raw);
        this.literalValue = checked == null || !checked.isValid() ? null : checked.value();
        this.literalDescription = literalValue == null ? null
                : FactsMapper.scalar(entry.group(), entry.name(), literalValue, Source.text(head, 0)).describe();
    }

    /** The description of the one fact this template always gives, whatever it is read from; null if it varies. */
    String literalDescription() {
        return literalDescription;
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
            ValueChecker.Checked checked = kind == Kind.FACT && field.equals("value") ? values.check(entry, text)
                    : isChecked(field) ? values.check(kind.section, field, text) : null;
            if (checked != null && !checked.isValid()) {
                problems.add(field + ": " + checked.problem());
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
                if (literalValue != null) {
                    yield FactsMapper.scalar(entry.group(), entry.name(), literalValue, source);
                }
                String raw = text(match, "value");
                ValueChecker.Checked checked = raw == null ? null : values.check(entry, raw);
                yield checked == null || !checked.isValid() ? null
                        : FactsMapper.scalar(entry.group(), entry.name(), checked.value(), source);
            }
            case EVENT -> event(match, words, source);
            case DNS -> dns(match, source);
            case POLICY -> {
                String scope = checked("scope", text(match, "scope"));
                String value = checked("value", text(match, "value"));
                yield scope == null || value == null ? null : new PolicyValue(head, scope, value, source);
            }
            case REGISTRY -> {
                String machine = checked("machine", text(match, "machine"));
                Long value = dword(checked("value", text(match, "value")));
                yield machine == null || value == null ? null
                        : new RegistryValue(machine, RegistryValue.MSV1_0, head, value, source);
            }
        };
    }

    private Fact event(Function<String, String> match, String words, Source source) {
        String codeType = fields.containsKey("code-type") ? checked("code-type", text(match, "code-type")) : null;
        Integer port = fields.containsKey("port") ? number(checked("port", text(match, "port"))) : null;
        Integer code = fields.containsKey("code") ? code(checked("code", text(match, "code"))) : null;
        if (fields.containsKey("port") && port == null || fields.containsKey("code") && code == null
                || fields.containsKey("code-type") && codeType == null || !allAllowed(match)
                || values.requiredEventFields(head).stream().anyMatch(field -> text(match, field) == null)) {
            return null;
        }
        return ClientEvent.of(head, source).server(text(match, "server")).port(port).code(code).codeType(codeType)
                .expectedHost(text(match, "expected")).presentedHost(text(match, "presented"))
                .path(text(match, "path")).text(words).build();
    }

    private Fact dns(Function<String, String> match, Source source) {
        String name = text(match, "name");
        String result = fields.containsKey("result") ? checked("result", text(match, "result")) : DnsRecord.FOUND;
        Integer port = fields.containsKey("port") ? number(checked("port", text(match, "port"))) : null;
        if (name == null || result == null || fields.containsKey("port") && port == null || !allAllowed(match)) {
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

    /**
     * Whether every matched field the schema describes holds a value it allows: a server, host or DNS name read from
     * text is checked as what it is, exactly as it would be in a facts file.
     */
    private boolean allAllowed(Function<String, String> match) {
        for (String field : fields.keySet()) {
            String text = text(match, field);
            if (text != null && isChecked(field) && !values.check(kind.section, field, text).isValid()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the facts schema says what this field of this kind of fact allows. */
    private boolean isChecked(String field) {
        return kind.section != null && values.hasField(kind.section, field);
    }

    /** A matched field's value in the schema's spelling, or null when the schema does not allow it. */
    private String checked(String field, String text) {
        if (text == null) {
            return null;
        }
        ValueChecker.Checked checked = values.check(kind.section, field, text);
        return checked.isValid() ? checked.value() : null;
    }

    private static Integer number(String checked) {
        return checked == null ? null : Integer.valueOf(checked);
    }

    /** An error code: a number, or an HRESULT in hexadecimal, kept as its 32 bits either way. */
    private static Integer code(String checked) {
        Long bits = dword(checked);
        return bits == null ? null : (int) bits.longValue();
    }

    /** A DWORD the schema has allowed, written as a number or as 0x... text. */
    private static Long dword(String checked) {
        if (checked == null) {
            return null;
        }
        return checked.regionMatches(true, 0, "0x", 0, 2) ? Long.parseLong(checked.substring(2), 16)
                : Long.parseLong(checked);
    }
}
