package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped example goes through the real CLI and gets the top cause it documents. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Map<String, String> expectedTopCauses() throws IOException {
        JsonNode expected = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/test/resources/expected-top-causes.yaml").toFile());
        Map<String, String> byFile = new TreeMap<>();
        expected.fields().forEachRemaining(entry -> byFile.put(entry.getKey(),
                entry.getValue().isNull() ? null : entry.getValue().asText()));
        return byFile;
    }

    @Test
    void everyExampleHasAnExpectedTopCauseAndEveryExpectationAnExample() throws IOException {
        assertThat(new TreeSet<>(expectedTopCauses().keySet()))
                .isEqualTo(new TreeSet<>(examples().map(file -> file.getFileName().toString()).toList()));
        assertThat(expectedTopCauses().values()).filteredOn(cause -> cause == null).hasSizeGreaterThanOrEqualTo(2);
        assertThat(new TreeSet<>(expectedTopCauses().values().stream().filter(cause -> cause != null).toList()))
                .as("every documented cause has an example").isEqualTo(new TreeSet<>(Knowledge.builtIn().pages().pages()
                        .stream().filter(page -> page.kind().equals(CausePage.CAUSE)).map(CausePage::cause).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGetsItsExpectedTopCause(Path example) throws IOException {
        CliRun run = CliRun.of("diagnose", "--format", "json", example.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode diagnosis = JSON.readTree(run.out());
        String expected = expectedTopCauses().get(example.getFileName().toString());
        assertThat(diagnosis.get("top").isNull() ? null : diagnosis.get("top").asText()).isEqualTo(expected);
        if (expected == null) {
            assertThat(diagnosis.get("causes")).allSatisfy(cause -> assertThat(cause.get("shown").asBoolean()).isFalse());
        } else {
            JsonNode top = diagnosis.get("causes").get(0);
            assertThat(top.get("remedy")).isNotEmpty();
            assertThat(top.get("doc").asText()).isEqualTo("kb-docs/causes/" + expected + ".md");
            assertThat(top.get("rules").get(0).get("evidence")).isNotEmpty();
        }
    }

    /**
     * A report is the same every time: evidence reached two ways (a symptom stated, and the same symptom derived from
     * another answer) once came out in an order that changed from run to run.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReportIsTheSameOnEveryRun(Path example) {
        String first = CliRun.of("diagnose", "--explain", example.toString()).out();
        for (int run = 0; run < 4; run++) {
            assertThat(CliRun.of("diagnose", "--explain", example.toString()).out()).isEqualTo(first);
        }
    }
}
