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
    public static final String CASES = "facts-schemas/cases.schema.yaml";

    private final JsonNode schemaNode;
    private SchemaValidator validator;
    private Vocabulary vocabulary;

    public FactsSchema(JsonNode schemaNode) {
        this.schemaNode = schemaNode;
    }

    public static FactsSchema builtIn() {
        return new FactsSchema(readResource(BUILT_IN));
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
