package io.signindoctor.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The labelled texts of a corpus part (corpus/train/*.jsonl), read through the columns its mapping names (id, text,
 * labels: corpus/mapping.yaml, the file classify --labels reads it with), files in the order of their names so that
 * training sees the same texts in the same order every time. A line that cannot be read stops the build at its file
 * and line: a model silently trained on less than the corpus would be a model nobody measured.
 */
final class CorpusTexts {

    /** One labelled ticket: its texts by column, in the mapping's order. */
    record Text(String file, int line, String id, List<String> texts, String label) {
    }

    private CorpusTexts() {
    }

    /** The texts of every *.jsonl file in folder whose name is not leftOut (null: none left out). */
    static List<Text> read(Path mappingFile, Path folder, String leftOut) throws IOException, InvalidInputException {
        JsonNode mapping = new YAMLMapper().readTree(Files.readString(mappingFile, StandardCharsets.UTF_8));
        String idColumn = mapping.path("id").asText("id");
        List<String> textColumns = new ArrayList<>();
        JsonNode text = mapping.path("text");
        if (text.isArray()) {
            text.forEach(column -> textColumns.add(column.asText()));
        } else {
            textColumns.add(text.asText("text"));
        }
        String labelColumn = mapping.path("labels").asText(null);
        List<InputProblem> problems = new ArrayList<>();
        if (labelColumn == null) {
            problems.add(new InputProblem(mappingFile.toString(), 1, 0, "labels", "the mapping names no labels "
                    + "column; the model is trained on labelled texts"));
            throw new InvalidInputException(problems);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".jsonl"))
                    .filter(file -> !file.getFileName().toString().equals(leftOut)).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<Text> texts = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String where = file.toString();
                try {
                    JsonNode record = json.readTree(lines.get(i));
                    String id = column(record, idColumn);
                    String label = column(record, labelColumn);
                    if (id == null || label == null) {
                        problems.add(new InputProblem(where, i + 1, 0, id == null ? idColumn : labelColumn,
                                "missing; every training text needs an id and a label"));
                        continue;
                    }
                    List<String> columns = new ArrayList<>();
                    textColumns.forEach(column -> columns.add(column(record, column)));
                    texts.add(new Text(where, i + 1, id, columns, label.strip()));
                } catch (JsonProcessingException e) {
                    problems.add(new InputProblem(where, i + 1, 0, "", "not a JSON object: "
                            + e.getOriginalMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return texts;
    }

    /** A column's text, its name matched ignoring case as classify matches it; null when absent or not text. */
    private static String column(JsonNode record, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = record.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name) && field.getValue().isValueNode()
                    && !field.getValue().isNull()) {
                return field.getValue().asText();
            }
        }
        return null;
    }
}
