package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of examples/artifacts/README.md run through the real command line: gather reads the sample and writes
 * facts that cite it. The table is the one a user reads, so it cannot drift from what the tool does.
 */
class ArtifactSamplesTest {

    private static final Path FOLDER = Path.of("examples/artifacts");

    /** A row of the table: the options to run with (files relative to the folder) and the expected cause. */
    record Sample(String name, List<String> options, String cause) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() throws IOException {
        List<Sample> samples = samplesIn(FOLDER);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(14);
        return samples.stream();
    }

    /** The rows of a folder's README table: file, format, scenario, options (files relative to it), cause. */
    static List<Sample> samplesIn(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("README.md"))) {
            String[] cells = line.split("\\s\\|\\s");
            if (!line.startsWith("| ") || cells.length != 5 || !cells[3].startsWith("`--")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            String previous = "";
            for (String word : cells[3].replace("`", "").trim().split("\\s+")) {
                options.add(previous.equals("--log") || previous.equals("--dns-listing")
                        ? folder.resolve(word).toString() : word);
                previous = word;
            }
            samples.add(new Sample(cells[0].substring(2).trim(), options, cells[4].replace("|", "").trim()));
        }
        return samples;
    }

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void gatherReadsTheSampleAndCitesItsLines(Sample sample) throws IOException {
        Path out = folder.resolve("facts.yaml");
        List<String> args = new ArrayList<>(List.of("gather", "--out", out.toString()));
        args.addAll(sample.options());

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        String firstFile = FOLDER.resolve(sample.name().split(",")[0].trim()).toString();
        assertThat(Files.readString(out)).contains(firstFile + ":");
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).contains(firstFile + ": read as ");
    }
}
