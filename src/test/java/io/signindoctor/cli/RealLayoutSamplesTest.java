package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.ExportedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The artifacts of src/test/resources/artifacts/real-layouts, each in a layout the shipped samples do not show (other
 * tools, display languages, encodings and product versions), run through the real command line: diagnose reads
 * the file in its own format, ranks the cause its README row names first, and every fact it read from the file
 * cites a line of it, whose words are there.
 */
class RealLayoutSamplesTest {

    private static final Path FOLDER = Path.of("src/test/resources/artifacts/real-layouts");
    /** How far below its cited line a fact's words may run: a description or paragraph starts at that line. */
    private static final int SPAN = 40;

    static Stream<ArtifactSamplesTest.Sample> samples() throws Exception {
        List<ArtifactSamplesTest.Sample> samples = ArtifactSamplesTest.samplesIn(FOLDER);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(15);
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void diagnoseReadsTheLayoutRanksTheCauseAndCitesTheLines(ArtifactSamplesTest.Sample sample) throws Exception {
        List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json"));
        args.addAll(sample.options());
        String file = FOLDER.resolve(sample.name()).toString();

        assertDiagnosedFromTheFile(file, CliRun.of(args.toArray(String[]::new)), sample.cause());
    }

    /**
     * The run of `diagnose --format json` over one artifact read the file in a layout it knows, ranked the expected
     * cause first ("none" for no cause), and cited the file's own lines for what it read.
     */
    static void assertDiagnosedFromTheFile(String file, CliRun run, String cause) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains(file + ": read as ").doesNotContain("nothing recognised in " + file)
                .doesNotContain("internal error");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("top").isNull() ? "none" : report.get("top").asText()).as(run.err())
                .isEqualTo(cause);
        assertCitesItsLines(file, report);
    }

    /** Every fact read from the file cites a line of it, and the words it cites are there (or just below). */
    static void assertCitesItsLines(String file, JsonNode report) throws Exception {
        List<String> lines = ExportedText.of(ArtifactInput.read(Path.of(file))).lines();
        List<JsonNode> cited = new ArrayList<>();
        report.get("facts").forEach(fact -> {
            if (file.equals(fact.path("source").path("where").asText())) {
                cited.add(fact);
            }
        });
        assertThat(cited).as("facts read from " + file).isNotEmpty();
        for (JsonNode fact : cited) {
            int line = fact.path("source").path("line").asInt();
            assertThat(line).as(fact.toString()).isBetween(1, lines.size());
            String words = fact.path("source").path("words").asText("");
            if (!words.isEmpty()) {
                String span = String.join(" ", lines.subList(line - 1, Math.min(lines.size(), line - 1 + SPAN)));
                assertThat(normalised(span)).as(fact.toString()).contains(normalised(words));
            }
        }
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\"]+", " ").trim();
    }
}
