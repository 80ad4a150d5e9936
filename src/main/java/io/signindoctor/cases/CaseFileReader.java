package io.signindoctor.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.facts.SchemaValidator;
import io.signindoctor.model.CaseFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a case file: the file against the cases schema, then each case's given facts against the facts schema, so a
 * mistake in a case is reported at its own line exactly as it would be in a facts file.
 */
public final class CaseFileReader {

    private final DocumentReader reader = new DocumentReader();
    private final SchemaValidator casesSchema;
    private final FactsFileLoader factsLoader;

    public CaseFileReader(SchemaValidator casesSchema, FactsFileLoader factsLoader) {
        this.casesSchema = casesSchema;
        this.factsLoader = factsLoader;
    }

    public List<RuleCase> read(String display, String text) throws InvalidInputException {
        LocatedDocument document = reader.read(display, text);
        List<InputProblem> problems = new ArrayList<>(casesSchema.validate(document));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RuleCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode items = document.root().get("cases");
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/cases/" + i;
            JsonNode item = items.get(i);
            String name = item.get("name").asText();
            int line = document.lineOf(pointer);
            if (!names.add(name)) {
                problems.add(new InputProblem(display, document.lineOf(pointer + "/name"), 0,
                        LocatedDocument.fieldName(pointer + "/name"), "another case in this file has the same name"));
                continue;
            }
            try {
                CaseFacts given = factsLoader.check(document.subDocument(pointer + "/given"));
                cases.add(new RuleCase(display, line, name, new CaseFacts(name, given.facts(), List.of(),
                        given.texts()),
                        expectation(item.get("expect"))));
            } catch (InvalidInputException invalid) {
                invalid.getProblems().forEach(problem -> problems.add(new InputProblem(problem.file(), problem.line(),
                        problem.column(), problem.severity(), prefixed(pointer, problem.field()), problem.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cases;
    }

    private static String prefixed(String pointer, String field) {
        String base = LocatedDocument.fieldName(pointer + "/given");
        return field.isEmpty() ? base : base + "." + field;
    }

    private static Expectation expectation(JsonNode expect) {
        Optional<Optional<String>> top = expect.has("top")
                ? Optional.of(expect.get("top").isNull() ? Optional.empty() : Optional.of(expect.get("top").asText()))
                : Optional.empty();
        return new Expectation(top, optionalList(expect, "causes"), list(expect, "not-causes"),
                optionalList(expect, "advisories"), list(expect, "asks"), list(expect, "fires"),
                list(expect, "silent"));
    }

    private static Optional<List<String>> optionalList(JsonNode expect, String field) {
        return expect.has(field) ? Optional.of(list(expect, field)) : Optional.empty();
    }

    private static List<String> list(JsonNode expect, String field) {
        List<String> values = new ArrayList<>();
        expect.path(field).forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }
}
