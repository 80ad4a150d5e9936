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
import io.signindoctor.vocabulary.Schema;
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
        FACT(null), EVENT(Schema.EVENTS), DNS(Schema.DNS), POLICY(Schema.POLICIES), REGISTRY(Schema.REGISTRY);

        private final String section;

        Kind(String section) {
            this.section = section;
        }
    }

    /** The catalogue's field for the value of a single-value fact (client.transport and the like). */
    private static final String FACT_VALUE = "value";

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

    /** What the fact is about, without its value ("FACT server.pool-tcp-port"): two readings that state it agree. */
    String subject() {
        return kind + " " + head;
    }

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
            ValueChecker.Checked checked = kind == Kind.FACT && field.equals(FACT_VALUE) ? values.check(entry, text)
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
        /* One small method per kind: each compiles on its own, when texts state facts of that kind. */
        return switch (kind) {
            case FACT -> literalValue != null ? FactsMapper.scalar(entry.group(), entry.name(), literalValue, source)
                    : scalar(match, source);
            case EVENT -> event(match, words, source);
            case DNS -> dns(match, source);
            case POLICY -> policy(match, source);
            case REGISTRY -> registry(match, source);
        };
    }

    private Fact scalar(Function<String, String> match, Source source) {
        String raw = text(match, FACT_VALUE);
        ValueChecker.Checked checked = raw == null ? null : values.check(entry, raw);
        return checked == null || !checked.isValid() ? null
                : FactsMapper.scalar(entry.group(), entry.name(), checked.value(), source);
    }

    private Fact policy(Function<String, String> match, Source source) {
        String scope = checked(Vocabulary.POLICY_SCOPE, text(match, Vocabulary.POLICY_SCOPE));
        String value = checked(Vocabulary.POLICY_VALUE, text(match, Vocabulary.POLICY_VALUE));
        return scope == null || value == null ? null : new PolicyValue(head, scope, value, source);
    }

    private Fact registry(Function<String, String> match, Source source) {
        String machine = checked(Schema.Registry.MACHINE, text(match, Schema.Registry.MACHINE));
        Long value = dword(checked(Schema.Registry.VALUE, text(match, Schema.Registry.VALUE)));
        return machine == null || value == null ? null
                : new RegistryValue(machine, Schema.Registry.Key.DEFAULT, head, value, source);
    }

    private Fact event(Function<String, String> match, String words, Source source) {
        String codeType = checkedIfNamed(match, Schema.Events.CODE_TYPE);
        Integer port = number(checkedIfNamed(match, Schema.Events.PORT));
        Integer code = code(checkedIfNamed(match, Schema.Events.CODE));
        if (fields.containsKey(Schema.Events.PORT) && port == null
                || fields.containsKey(Schema.Events.CODE) && code == null
                || fields.containsKey(Schema.Events.CODE_TYPE) && codeType == null || !allAllowed(match)
                || values.requiredEventFields(head).stream().anyMatch(field -> text(match, field) == null)) {
            return null;
        }
        return ClientEvent.of(head, source).server(text(match, Schema.Events.SERVER)).port(port).code(code)
                .codeType(codeType).expectedHost(text(match, Schema.Events.EXPECTED))
                .presentedHost(text(match, Schema.Events.PRESENTED)).path(text(match, Schema.Events.PATH)).text(words)
                .build();
    }

    private Fact dns(Function<String, String> match, Source source) {
        String name = text(match, Schema.Dns.NAME);
        String result = fields.containsKey(Schema.Dns.RESULT) ? checked(Schema.Dns.RESULT,
                text(match, Schema.Dns.RESULT)) : Schema.Dns.Result.DEFAULT;
        Integer port = number(checkedIfNamed(match, Schema.Dns.PORT));
        if (name == null || result == null || fields.containsKey(Schema.Dns.PORT) && port == null
                || !allAllowed(match)) {
            return null;
        }
        return new DnsRecord(name, head, result, text(match, Schema.Dns.TARGET), port, text(match, Schema.Dns.ADDRESS),
                source);
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

    /** A field's checked value when the catalogue names the field, null when it does not or the value is refused. */
    private String checkedIfNamed(Function<String, String> match, String field) {
        return fields.containsKey(field) ? checked(field, text(match, field)) : null;
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
