package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.kbfiles.PackagedFile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The facts schema in force: the built-in facts-schemas/facts.schema.yaml. It is both the format every facts input is
 * checked against and the vocabulary the interview and reports draw their questions from, so the two cannot drift.
 */
public final class FactsSchema {

    public static final String BUILT_IN = "facts-schemas/facts.schema.yaml";
    /**
     * The built-in schema as JSON, written by the build (io.signindoctor.build.Precompiler): every start reads it,
     * and JSON reads in a fraction of the time the YAML parser takes over the same schema.
     */
    public static final String BUILT_IN_JSON = "META-INF/signin-doctor/facts.schema.json";
    public static final String CASES = "facts-schemas/cases.schema.yaml";

    private final JsonNode schemaNode;
    private SchemaValidator validator;
    private Vocabulary vocabulary;

    public FactsSchema(JsonNode schemaNode) {
        this.schemaNode = schemaNode;
    }

    public static FactsSchema builtIn() {
        try {
            return new FactsSchema(new ObjectMapper().readTree(PackagedFile.read(BUILT_IN_JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + BUILT_IN_JSON, e);
        }
    }

    /** The JSON the build packages for a facts schema written in YAML. */
    public static String toJson(String yaml) throws IOException {
        return new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    /** The schema of rule case files. */
    public static SchemaValidator casesValidator() {
        return packagedValidator(CASES);
    }

    /** The validator of another format kept in facts-schemas/ (a case file, a mapping, the extraction patterns). */
    public static SchemaValidator packagedValidator(String resource) {
        return new SchemaValidator(readResource(resource));
    }

    static JsonNode readResource(String resource) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(PackagedFile.read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + resource, e);
        }
    }

    public JsonNode node() {
        return schemaNode;
    }

    /** Built on first use: compiling the schema costs start-up time that a command may not need. */
    public synchronized SchemaValidator validator() {
        if (validator == null) {
            validator = new SchemaValidator(schemaNode);
        }
        return validator;
    }

    public synchronized Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.from(schemaNode);
        }
        return vocabulary;
    }
}
