package io.signindoctor.authoring;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.NearestNames;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.ValueSpec;
import io.signindoctor.facts.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the names and literal values a rule's patterns compare facts with against the vocabulary in force. Drools
 * compiles {@code ClientSetting(name == "configuraton", value == "manaul")} without a murmur, and the rule then never
 * fires; only the vocabulary knows that neither string can ever be a fact's, so the author is told here, at the
 * column of the literal, with the nearest name that does exist.
 */
final class RuleVocabularyCheck {

    private final Vocabulary vocabulary;

    RuleVocabularyCheck(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<InputProblem> check(RuleOutline rule) {
        List<InputProblem> problems = new ArrayList<>();
        for (FactPattern pattern : rule.patterns()) {
            vocabulary.sectionOf(pattern.factClass()).ifPresent(section -> {
                if (Vocabulary.GROUPS.contains(section)) {
                    checkNamedValue(rule, section, pattern, problems);
                } else {
                    checkFields(rule, section, pattern, problems);
                }
            });
        }
        return problems;
    }

    /** Account, Symptom, ClientSetting, ServerSetting: the name must be one of the group's, the value one it allows. */
    private void checkNamedValue(RuleOutline rule, String group, FactPattern pattern, List<InputProblem> problems) {
        Optional<FactPattern.Comparison> name = pattern.find("name").filter(FactPattern.Comparison::text);
        if (name.isEmpty()) {
            return;
        }
        String id = group + "." + name.get().literal();
        Optional<Vocabulary.Entry> entry = vocabulary.find(id);
        if (entry.isEmpty()) {
            List<String> names = vocabulary.entries(group).stream().map(Vocabulary.Entry::name).toList();
            Optional<String> nearest = NearestNames.nearest(name.get().literal(), names);
            problems.add(error(rule, name.get(), id, "no such fact in the vocabulary" + nearest
                    .map(found -> "; did you mean `" + found + "`?")
                    .orElse("; " + group + " facts are: " + String.join(", ", names))));
            if (nearest.isEmpty()) {
                return;
            }
            id = group + "." + nearest.get();
            entry = vocabulary.find(id);
        }
        ValueSpec spec = entry.get().spec();
        for (FactPattern.Comparison comparison : pattern.comparisons()) {
            switch (comparison.field()) {
                case "value" -> checkLiteral(rule, id, spec, comparison, problems);
                case "flag" -> {
                    if (!spec.type().equals(ValueSpec.BOOLEAN)) {
                        problems.add(error(rule, comparison, id, "is not a yes/no fact, so its flag is always null; "
                                + "compare its value, which is " + spec.expected()));
                    }
                }
                case "number" -> {
                    if (!spec.type().equals(ValueSpec.INTEGER) && !spec.type().equals(ValueSpec.NUMBER_OR_TEXT)) {
                        problems.add(error(rule, comparison, id, "is not a number, so its number is always null; "
                                + "compare its value, which is " + spec.expected()));
                    } else {
                        checkLiteral(rule, id, spec, comparison, problems);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A list fact (ClientEvent, DnsRecord, ...): each field the schema describes must be compared with a value it allows. */
    private void checkFields(RuleOutline rule, String section, FactPattern pattern, List<InputProblem> problems) {
        for (FactPattern.Comparison comparison : pattern.comparisons()) {
            String field = kebab(comparison.field());
            vocabulary.field(section, field).ifPresent(spec ->
                    checkLiteral(rule, section + "." + field, spec, comparison, problems));
        }
    }

    /** The literal must be a value the field allows, spelt as facts hold it: "tcp" is allowed but never equals TCP. */
    private static void checkLiteral(RuleOutline rule, String field, ValueSpec spec, FactPattern.Comparison comparison,
            List<InputProblem> problems) {
        ValueChecker.Checked checked = ValueChecker.check(spec, comparison.literal());
        if (!checked.isValid()) {
            problems.add(error(rule, comparison, field, checked.problem()));
        } else if (comparison.text() && !checked.value().equals(comparison.literal())) {
            problems.add(error(rule, comparison, field, "facts hold this value as \"" + checked.value()
                    + "\", so \"" + comparison.literal() + "\" never matches"));
        }
    }

    /** A Java property name as the facts file names the field: codeType is code-type. */
    private static String kebab(String property) {
        StringBuilder name = new StringBuilder();
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('-').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static InputProblem error(RuleOutline rule, FactPattern.Comparison comparison, String field,
            String message) {
        return new InputProblem(rule.file(), comparison.line(), comparison.column(), field,
                "rule \"" + rule.name() + "\": " + message);
    }
}
