package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Merges a site folder's vocabulary additions into the facts schema. Additions may only add new single-value facts
 * to the existing groups: redefining a built-in fact would silently change what the built-in rules read.
 */
public final class SchemaAdditions {

    public static final String ADDITIONS_SCHEMA = "facts-schemas/additions.schema.yaml";

    private final DocumentReader reader = new DocumentReader();
    private final SchemaValidator additionsValidator = new SchemaValidator(FactsSchema.readResource(ADDITIONS_SCHEMA));

    /** The schema with a site's vocabulary files merged in, or every problem found. */
    public FactsSchema merge(FactsSchema base, List<TextFile> files, String site) throws InvalidInputException {
        ObjectNode merged = base.node().deepCopy();
        List<InputProblem> problems = new ArrayList<>();
        for (TextFile file : files) {
            try {
                LocatedDocument document = reader.read(file.path(), file.text());
                List<InputProblem> invalid = additionsValidator.validate(document);
                if (!invalid.isEmpty()) {
                    problems.addAll(invalid);
                    continue;
                }
                addEntries(merged, document, problems);
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            FactsSchema schema = new FactsSchema(merged);
            schema.validator();
            schema.vocabulary();
            return schema;
        } catch (RuntimeException invalidKeyword) {
            throw new InvalidInputException(new InputProblem(site, 0, 0, "",
                    "the vocabulary additions are not valid JSON Schema: " + invalidKeyword.getMessage()));
        }
    }

    /** Each x-labels key of an enumerated entry is one of its values: a label for a misspelt value labels nothing. */
    private static void labelsNameValues(LocatedDocument document, String pointer, JsonNode entry,
            List<InputProblem> problems) {
        if (!entry.has("enum")) {
            return;
        }
        List<String> values = new ArrayList<>();
        entry.get("enum").forEach(value -> values.add(value.asText()));
        entry.path("x-labels").fieldNames().forEachRemaining(label -> {
            if (!values.contains(label)) {
                LocatedDocument.Position at = document.positionOf(pointer + "/x-labels/" + label);
                problems.add(new InputProblem(document.file(), at.line(), at.column(), "x-labels." + label,
                        "labels a value the entry does not allow; expected one of " + String.join(", ", values)
                                + NearestNames.suggestion(label, values)));
            }
        });
    }

    private static void addEntries(ObjectNode merged, LocatedDocument document, List<InputProblem> problems) {
        Iterator<Map.Entry<String, JsonNode>> groups = document.root().get("properties").fields();
        while (groups.hasNext()) {
            Map.Entry<String, JsonNode> group = groups.next();
            ObjectNode target = (ObjectNode) merged.get("properties").get(group.getKey()).get("properties");
            group.getValue().get("properties").fields().forEachRemaining(entry -> {
                String pointer = "/properties/" + group.getKey() + "/properties/" + entry.getKey();
                if (target.has(entry.getKey())) {
                    LocatedDocument.Position at = document.positionOf(pointer);
                    problems.add(new InputProblem(document.file(), at.line(), at.column(),
                            group.getKey() + "." + entry.getKey(), "is already defined; additions may only add new facts"));
                } else {
                    labelsNameValues(document, pointer, entry.getValue(), problems);
                    target.set(entry.getKey(), entry.getValue());
                }
            });
        }
    }
}
