package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.PackagedFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns that read facts out of free text, from rules/extraction.yaml. They live in YAML beside the rules, not
 * in Java, so the rule author who adds a rule can teach the tool the words support tickets use for its facts. The
 * whole catalog is checked when loaded, every problem reported at its line, before any text is read with it.
 */
public final class PatternCatalog {

    public static final String BUILT_IN = "rules/extraction.yaml";
    public static final String SCHEMA = "facts-schemas/extraction.schema.yaml";

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private final List<TextPattern> patterns;

    private PatternCatalog(List<TextPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static PatternCatalog builtIn(Vocabulary vocabulary) throws InvalidInputException {
        return read(BUILT_IN, PackagedFile.read(BUILT_IN), vocabulary);
    }

    public static PatternCatalog read(String display, String text, Vocabulary vocabulary)
            throws InvalidInputException {
        LocatedDocument document = new DocumentReader().read(display, text);
        FactsSchema.packagedValidator(SCHEMA).requireValid(document);
        List<InputProblem> problems = new ArrayList<>();
        ScalarValues values = new ScalarValues(vocabulary);
        List<TextPattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode items = document.root().get("patterns");
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/patterns/" + i;
            JsonNode item = items.get(i);
            String id = item.get("id").asText();
            if (!ids.add(id)) {
                problems.add(document.problemAt(pointer + "/id", id + " is used by an earlier pattern; ids are unique"));
            }
            compile(document, pointer, values, problems).ifPresent(patterns::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PatternCatalog(patterns);
    }

    private static Optional<TextPattern> compile(LocatedDocument document, String pointer, ScalarValues values,
            List<InputProblem> problems) {
        JsonNode item = document.root().at(pointer);
        Pattern regex;
        try {
            regex = Pattern.compile(item.get("regex").asText(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException invalid) {
            problems.add(document.problemAt(pointer + "/regex", "not a valid regular expression: "
                    + invalid.getDescription() + " near index " + invalid.getIndex()));
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>();
        Matcher names = GROUP_NAME.matcher(regex.pattern());
        while (names.find()) {
            groups.add(names.group(1));
        }
        List<FactTemplate> facts = new ArrayList<>();
        JsonNode items = item.get("facts");
        for (int j = 0; j < items.size(); j++) {
            String factPointer = pointer + "/facts/" + j;
            template(document, factPointer, values, groups, problems).ifPresent(facts::add);
        }
        List<String> keywords = new ArrayList<>();
        item.get("keywords").forEach(keyword -> keywords.add(keyword.asText().toLowerCase(Locale.ROOT)));
        return Optional.of(new TextPattern(item.get("id").asText(), item.get("name").asText(), keywords, regex,
                facts));
    }

    private static Optional<FactTemplate> template(LocatedDocument document, String pointer, ScalarValues values,
            Set<String> groups, List<InputProblem> problems) {
        JsonNode node = document.root().at(pointer);
        FactTemplate.Kind kind = null;
        Map<String, ValueTemplate> fields = new LinkedHashMap<>();
        String head = null;
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            Optional<FactTemplate.Kind> named = kindNamed(field.getKey());
            if (named.isPresent()) {
                kind = named.get();
                head = field.getValue().asText();
                continue;
            }
            ValueTemplate template = ValueTemplate.parse(field.getValue().asText());
            for (String group : template.groups()) {
                if (!groups.contains(group)) {
                    problems.add(document.problemAt(pointer + "/" + field.getKey(), "refers to ${" + group
                            + "}, but the regex has no group (?<" + group + ">...)"));
                }
            }
            fields.put(field.getKey(), template);
        }
        Vocabulary.Entry entry = null;
        if (kind == FactTemplate.Kind.FACT) {
            entry = values.find(head).orElse(null);
            if (entry == null) {
                problems.add(document.problemAt(pointer + "/fact", "no such fact in facts-schemas/facts.schema.yaml: "
                        + head + "; expected one of: " + values.knownIds()));
                return Optional.empty();
            }
        }
        FactTemplate template = new FactTemplate(kind, head, entry, fields, values);
        for (String literalProblem : template.literalProblems()) {
            String field = literalProblem.substring(0, literalProblem.indexOf(':'));
            problems.add(document.problemAt(pointer + "/" + field,
                    literalProblem.substring(literalProblem.indexOf(':') + 2)));
        }
        return Optional.of(template);
    }

    private static Optional<FactTemplate.Kind> kindNamed(String key) {
        for (FactTemplate.Kind kind : FactTemplate.Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    List<TextPattern> patterns() {
        return patterns;
    }
}
