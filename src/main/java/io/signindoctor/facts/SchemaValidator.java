package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.DisallowUnknownKeywordFactory;
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
    public static final List<String> ANNOTATIONS = List.of("x-question", "x-labels");

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    public SchemaValidator(JsonNode schemaNode) {
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance());
        ANNOTATIONS.forEach(name -> meta.keyword(new AnnotationKeyword(name)));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta.build()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        this.schemaNode = schemaNode;
        this.schema = factory.getSchema(schemaNode, config);
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
        String text = message.getError();
        if (message.getProperty() != null && ("additionalProperties".equals(message.getType())
                || "unevaluatedProperties".equals(message.getType()))) {
            pointer = pointer + "/" + message.getProperty();
            text = "unknown field" + allowedFields(message);
        }
        LocatedDocument.Position at = document.positionOf(pointer);
        return new InputProblem(document.file(), at.line(), at.column(), LocatedDocument.fieldName(pointer), text);
    }

    /** Names the fields that would have been accepted, read from the schema object that refused the field. */
    private String allowedFields(ValidationMessage message) {
        String fragment = message.getSchemaLocation().getFragment().toString();
        String parent = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        JsonNode properties = schemaNode.at(parent.startsWith("#") ? parent.substring(1) : parent).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "" : "; expected one of: " + String.join(", ", names);
    }
}
