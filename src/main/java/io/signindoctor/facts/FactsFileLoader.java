package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.vocabulary.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a facts file the whole way: parse with positions, validate against the facts schema, map to facts. Nothing is
 * returned unless the file is valid as a whole, so a diagnosis is never made from part of what the engineer wrote.
 */
public final class FactsFileLoader {

    private final DocumentReader reader;
    private final SchemaValidator validator;
    private final Vocabulary vocabulary;
    private final FactsMapper mapper = new FactsMapper();

    public FactsFileLoader(FactsSchema schema) {
        this(schema, ReadLimits.DEFAULT);
    }

    public FactsFileLoader(FactsSchema schema, ReadLimits limits) {
        this.reader = new DocumentReader(limits);
        this.validator = schema.validator();
        this.vocabulary = schema.vocabulary();
    }

    public CaseFacts load(Path file) throws InvalidInputException {
        return check(reader.read(file));
    }

    public CaseFacts load(String display, String text) throws InvalidInputException {
        return check(reader.read(display, text));
    }

    /** Validates a document already parsed, e.g. the given facts of one case inside a case file. */
    public CaseFacts check(LocatedDocument document) throws InvalidInputException {
        List<InputProblem> problems = new java.util.ArrayList<>(validator.validate(document));
        JsonNode unknown = document.root().path(Schema.UNKNOWN);
        for (int i = 0; i < unknown.size(); i++) {
            if (vocabulary.find(unknown.get(i).asText()).isEmpty()) {
                problems.add(document.problemAt("/" + Schema.UNKNOWN + "/" + i, "no such fact in the vocabulary: "
                        + unknown.get(i).asText() + NearestNames.suggestion(unknown.get(i).asText(),
                                vocabulary.entries().stream().map(Vocabulary.Entry::id).toList())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return mapper.map(document);
    }
}
