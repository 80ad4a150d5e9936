package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The examples beside the reading catalogues (rules/reading.examples.yaml): texts, the catalogue entries that must
 * read something in each and those that must stay silent, and the facts each must (and must not) give. They are to
 * the catalogues what case files are to rules: kb test runs them, and every entry must have an example where it
 * fires and one where it stays silent, so a change to a cue list shows what it breaks.
 */
public final class ReadingExamples {

    /** The outcome of one example: its label (file:line name) and what went wrong, if anything. */
    public record Result(String label, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final List<LocatedDocument> documents;

    private ReadingExamples(List<LocatedDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public static ReadingExamples read(String display, String text) throws InvalidInputException {
        return read(List.of(new TextFile(display, text)));
    }

    /** The examples files among the catalogue files of every layer, each checked against its schema. */
    public static ReadingExamples read(List<TextFile> catalogues) throws InvalidInputException {
        List<LocatedDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (TextFile file : catalogues) {
            if (KnowledgeFiles.Catalogue.is(file, KnowledgeFiles.Catalogue.EXAMPLES)) {
                try {
                    LocatedDocument document = new DocumentReader().read(file.path(), file.text());
                    FactsSchema.packagedValidator("facts-schemas/reading-examples.schema.yaml").requireValid(document);
                    documents.add(document);
                } catch (InvalidInputException invalid) {
                    problems.addAll(invalid.getProblems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReadingExamples(documents);
    }

    public List<Result> run(TextExtractor extractor) {
        List<Result> results = new ArrayList<>();
        for (LocatedDocument document : documents) {
            run(document, extractor, results);
        }
        return results;
    }

    private static void run(LocatedDocument document, TextExtractor extractor, List<Result> results) {
        JsonNode examples = document.root().get("examples");
        for (int i = 0; i < examples.size(); i++) {
            String pointer = "/examples/" + i;
            JsonNode example = examples.get(i);
            List<Extracted> found = new ArrayList<>();
            extractor.extract("example", example.get("text").asText(), Source.text(document.file(),
                    document.lineOf(pointer + "/text")), found, new HashSet<>());
            Set<String> fired = new HashSet<>();
            Set<String> facts = new HashSet<>();
            found.forEach(extracted -> {
                fired.add(extracted.patternId());
                facts.add(extracted.fact().describe());
            });
            List<String> failures = new ArrayList<>();
            example.path("fires").forEach(id -> {
                if (!fired.contains(id.asText())) {
                    failures.add(id.asText() + " read nothing, expected it to");
                }
            });
            example.path("silent").forEach(id -> {
                if (fired.contains(id.asText())) {
                    failures.add(id.asText() + " read something, expected it to stay silent");
                }
            });
            example.path("gives").forEach(fact -> {
                if (!facts.contains(fact.asText())) {
                    failures.add("expected the fact \"" + fact.asText() + "\"; read " + new TreeSet<>(facts));
                }
            });
            example.path("not").forEach(fact -> {
                if (facts.contains(fact.asText())) {
                    failures.add("did not expect the fact \"" + fact.asText() + "\"");
                }
            });
            results.add(new Result(document.file() + ":" + document.lineOf(pointer) + " "
                    + example.get("name").asText(), failures));
        }
    }

    /** Each entry of the catalogue with no example where it fires, or none where it stays silent. */
    public List<InputProblem> uncovered(PatternCatalog catalog) {
        Set<String> fires = new HashSet<>();
        Set<String> silent = new HashSet<>();
        documents.forEach(document -> document.root().get("examples").forEach(example -> {
            example.path("fires").forEach(id -> fires.add(id.asText()));
            example.path("silent").forEach(id -> silent.add(id.asText()));
        }));
        String file = documents.isEmpty() ? PatternCatalog.EXAMPLES : documents.get(documents.size() - 1).file();
        List<InputProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        catalog.readings().forEach(reading -> ids.add(reading.id()));
        catalog.messages().forEach(message -> ids.add(message.id()));
        for (String id : ids) {
            if (!fires.contains(id) || !silent.contains(id)) {
                problems.add(new InputProblem(file, 1, 0, InputProblem.Severity.WARNING, id,
                        id + " has no example where it " + (fires.contains(id) ? "stays silent" : "fires")));
            }
        }
        return problems;
    }
}
