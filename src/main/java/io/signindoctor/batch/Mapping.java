package io.signindoctor.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.extract.ScalarValues;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.facts.ReadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of an export hold what (facts-schemas/mapping.schema.yaml). Every ticketing system names its columns
 * differently, so this is configuration, not code; the default fits a plain export with id, title and description.
 */
public final class Mapping {

    static final String SCHEMA = "facts-schemas/mapping.schema.yaml";

    /** A column whose values are a fact as they are, once translated from the export's words into the vocabulary's. */
    record FactColumn(String column, Vocabulary.Entry entry, Map<String, String> values) {

        FactColumn {
            values = Map.copyOf(values);
        }

        /** The export's value in the vocabulary's words: translated when listed, as it is otherwise. */
        String translate(String raw) {
            return values.getOrDefault(raw.strip().toLowerCase(Locale.ROOT), raw);
        }
    }

    private final String idColumn;
    private final List<String> textColumns;
    private final List<FactColumn> factColumns;
    private final String labelColumn;
    private final boolean builtIn;

    private Mapping(String idColumn, List<String> textColumns, List<FactColumn> factColumns, String labelColumn,
            boolean builtIn) {
        this.idColumn = idColumn;
        this.textColumns = List.copyOf(textColumns);
        this.factColumns = List.copyOf(factColumns);
        this.labelColumn = labelColumn;
        this.builtIn = builtIn;
    }

    static Mapping defaults() {
        return new Mapping("id", List.of("title", "description"), List.of(), null, true);
    }

    static Mapping read(Path file, ScalarValues values, ReadLimits limits) throws InvalidInputException {
        return of(new DocumentReader(limits).read(file), values);
    }

    /** A mapping sent as text rather than a file (serve's POST /api/classify), checked the same way. */
    static Mapping read(String display, String text, ScalarValues values, ReadLimits limits)
            throws InvalidInputException {
        return of(new DocumentReader(limits).read(display, text), values);
    }

    private static Mapping of(LocatedDocument document, ScalarValues values) throws InvalidInputException {
        FactsSchema.packagedValidator(SCHEMA).requireValid(document);
        List<InputProblem> problems = new ArrayList<>();
        JsonNode root = document.root();
        List<String> text = new ArrayList<>();
        root.path("text").forEach(column -> text.add(column(column.asText())));
        List<FactColumn> facts = new ArrayList<>();
        root.path("facts").fields().forEachRemaining(field -> {
            String pointer = "/facts/" + field.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode target = field.getValue();
            String factId = target.isTextual() ? target.asText() : target.path("fact").asText();
            Vocabulary.Entry entry = values.find(factId).orElse(null);
            if (entry == null) {
                problems.add(document.problemAt(pointer, values.unknownFact(factId)));
                return;
            }
            Map<String, String> translations = new HashMap<>();
            target.path("values").fields().forEachRemaining(value -> {
                ValueChecker.Checked checked = values.check(entry, value.getValue().asText());
                if (checked.isValid()) {
                    translations.put(value.getKey().strip().toLowerCase(Locale.ROOT), checked.value());
                } else {
                    problems.add(document.problemAt(pointer + "/values/" + value.getKey(), factId + ": "
                            + checked.problem()));
                }
            });
            facts.add(new FactColumn(column(field.getKey()), entry, translations));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String labels = root.hasNonNull("labels") ? column(root.get("labels").asText()) : null;
        return new Mapping(column(root.get("id").asText()), text, facts, labels, false);
    }

    /** Columns are matched ignoring case and surrounding spaces, as readers store them. */
    static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The same mapping with this column of known causes, or with none when column is null. */
    Mapping withLabels(String column) {
        return new Mapping(idColumn, textColumns, factColumns, column == null ? null : column(column), builtIn);
    }

    String idColumn() {
        return idColumn;
    }

    List<String> textColumns() {
        return textColumns;
    }

    List<FactColumn> factColumns() {
        return factColumns;
    }

    /** The column with the known cause, or null when the export has none. */
    String labelColumn() {
        return labelColumn;
    }

    /**
     * What a CSV header lacks that this mapping needs, or null when it has it all. Every column a mapping file or
     * --labels names must be there; the built-in mapping needs its id column and one of title and description.
     */
    String checkHeader(List<String> header) {
        List<String> missing = new ArrayList<>();
        List<String> needed = new ArrayList<>(List.of(idColumn));
        if (!builtIn) {
            needed.addAll(textColumns);
            factColumns.forEach(fact -> needed.add(fact.column()));
        } else if (textColumns.stream().noneMatch(header::contains)) {
            missing.add(String.join(" or ", textColumns));
        }
        if (labelColumn != null) {
            needed.add(labelColumn);
        }
        needed.stream().filter(column -> !header.contains(column)).forEach(missing::add);
        if (missing.isEmpty()) {
            return null;
        }
        return "the header line has no column " + String.join(", ", missing) + "; it has: " + String.join(", ", header)
                + (builtIn ? ". Give a mapping file (--mapping) that says which columns hold the id and the text"
                : "");
    }
}
