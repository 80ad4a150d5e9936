package io.signindoctor.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fact groups the other schemas must spell out agree with those facts.schema.yaml defines, and a list that drifts
 * from them is reported at its file and line, as the build reports it.
 */
class FactGroupListsTest {

    private static final Path SCHEMAS = Path.of("facts-schemas");

    @TempDir
    Path copy;

    @Test
    void everyListOfGroupsInTheSchemasNamesTheGroupsOfTheFactsSchema() throws IOException {
        assertThat(new FactGroupLists(Schema.GROUPS).problems(SCHEMAS)).isEmpty();
    }

    @Test
    void aGroupAddedToTheFactsSchemaIsMissingFromEveryListUntilTheyAreUpdated() throws IOException {
        List<String> groups = new ArrayList<>(Schema.GROUPS);
        groups.add("phone");

        List<InputProblem> problems = new FactGroupLists(groups).problems(SCHEMAS);

        assertThat(problems).extracting(InputProblem::file).containsOnly(
                "facts-schemas/additions.schema.yaml", "facts-schemas/facts.schema.yaml",
                "facts-schemas/mapping.schema.yaml", "facts-schemas/messages.schema.yaml",
                "facts-schemas/reading.schema.yaml");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.toString()).contains("missing [phone]"));
    }

    @Test
    void aPatternThatLostAGroupIsReportedAtItsLine() throws IOException {
        copySchemas();
        Path mapping = copy.resolve("mapping.schema.yaml");
        List<String> lines = Files.readAllLines(mapping);
        int line = indexOf(lines, "(account|symptom|client|server)");
        lines.set(line, lines.get(line).replace("|client|server)", "|client)"));
        Files.write(mapping, lines);

        List<InputProblem> problems = new FactGroupLists(Schema.GROUPS).problems(copy);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(mapping.toString());
        assertThat(problems.get(0).line()).isEqualTo(line + 1);
        assertThat(problems.get(0).toString()).contains("missing [server]");
    }

    private void copySchemas() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
