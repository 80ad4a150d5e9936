package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a located document against a JSON Schema and reports each violation at the line of the offending field.
 * Unknown schema keywords are errors, apart from our own annotations, so that a typo in a rule author's schema
 * addition ("x-qestion") is caught rather than silently ignored.
 */
public final class SchemaValidator {

    /** The annotations facts-schemas/ may use besides the standard keywords. */
    public static final List<String> ANNOTATIONS = List.of("x-fact", "x-question", "x-labels");

    /** The keywords that judge a single value; their refusals are worded by the one {@link ValueChecker}. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("enum", "const", "type", "minimum", "maximum", "format",
            "pattern", "minLength", "maxLength");

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    public SchemaValidator(JsonNode schemaNode) {
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance());
        ANNOTATIONS.forEach(name -> meta.keyword(new AnnotationKeyword(name)));
        for (ValueFormat format : ValueFormat.values()) {
            meta.format(new CheckedFormat(format));
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta.build()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        this.schemaNode = schemaNode;
        this.schema = factory.getSchema(schemaNode, config);
        schema.initializeValidators();
    }

    /** Refuses a document that does not validate, with every problem found. */
    public void requireValid(LocatedDocument document) throws InvalidInputException {
        List<InputProblem> problems = validate(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<InputProblem> validate(LocatedDocument document) {
        Set<String> seen = new LinkedHashSet<>();
        List<InputProblem> problems = new ArrayList<>();
        schema.validate(document.root()).stream()
                .sorted(Comparator.comparing(message -> message.getInstanceLocation().toString()))
                .forEach(message -> {
                    InputProblem problem = toProblem(document, message);
                    if (seen.add(problem.toString())) {
                        problems.add(problem);
                    }
                });
        return problems;
    }

    private InputProblem toProblem(LocatedDocument document, ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        JsonNode described = describedSchema(message);
        String text;
        if (VALUE_KEYWORDS.contains(message.getType()) && isValueEntry(described) && isValue(message.getInstanceNode())) {
            text = ValueChecker.refused(ValueSpec.of(described), scalarText(message.getInstanceNode())).problem();
        } else {
            switch (message.getType()) {
                case "additionalProperties", "unevaluatedProperties" -> {
                    pointer = pointer + "/" + message.getProperty();
                    text = "unknown field" + allowedFields(message)
                            + NearestNames.suggestion(message.getProperty(), allowedNames(message));
                }
                case "required" -> text = "missing the required field '" + message.getProperty() + "'";
                case "type" -> text = "expected " + typeName(message.getSchemaNode()) + ", got " + shown(message);
                default -> text = message.getError();
            }
        }
        LocatedDocument.Position at = document.positionOf(pointer);
        return new InputProblem(document.file(), at.line(), at.column(), LocatedDocument.fieldName(pointer), text);
    }

    /** A schema entry that describes one value rather than a mapping or a list. */
    private static boolean isValueEntry(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            return false;
        }
        String type = entry.path("type").asText("");
        return !type.equals("object") && !type.equals("array")
                && (entry.has("type") || entry.has("enum") || entry.has("format"));
    }

    private static boolean isValue(JsonNode value) {
        return value != null && !value.isMissingNode() && !value.isContainerNode();
    }

    private static String scalarText(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String typeName(JsonNode type) {
        List<String> names = new ArrayList<>();
        (type.isArray() ? type : List.of(type)).forEach(node -> names.add(switch (node.asText()) {
            case "boolean" -> "true or false";
            case "integer" -> "a whole number";
            case "string" -> "text";
            case "object" -> "a mapping of fields";
            case "array" -> "a list";
            default -> node.asText();
        }));
        return String.join(" or ", names);
    }

    private static String shown(ValidationMessage message) {
        JsonNode value = message.getInstanceNode();
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return ValueChecker.shown(scalarText(value));
    }

    /** The schema object holding the keyword that failed (its description says what was expected). */
    private JsonNode describedSchema(ValidationMessage message) {
        String fragment = message.getSchemaLocation().getFragment().toString();
        String parent = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        return schemaNode.at(parent.startsWith("#") ? parent.substring(1) : parent);
    }

    /** Names the fields that would have been accepted, read from the schema object that refused the field. */
    private String allowedFields(ValidationMessage message) {
        List<String> names = allowedNames(message);
        return names.isEmpty() ? "" : "; expected one of: " + String.join(", ", names);
    }

    private List<String> allowedNames(ValidationMessage message) {
        List<String> names = new ArrayList<>();
        describedSchema(message).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A format of the vocabulary as the schema library calls it: the one check, nothing else. */
    private record CheckedFormat(ValueFormat format) implements Format {

        @Override
        public String getName() {
            return format.keyword();
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return format.accepts(value);
        }
    }
}
