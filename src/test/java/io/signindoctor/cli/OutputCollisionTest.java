package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No output replaces an input or another output, however the two are named; the refusal comes before any write. */
class OutputCollisionTest {

    private static final String QUEUE = "id,title,description\nA,x,internal server: 192.168.0.2:5060\n";

    @TempDir
    Path folder;

    private Path input;

    @BeforeEach
    void anExport() throws IOException {
        input = TestFiles.write(folder, "in.csv", QUEUE);
    }

    private void assertRefusedAndNothingWritten(CliRun run, String... named) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(named).contains("the same file");
        assertThat(run.out()).isEmpty();
        assertThat(input).hasContent(QUEUE.strip());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> List.of("in.csv", "link.csv", "hard.csv", "case.yaml", "x.reg", "r.jsonl").contains(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--out", "--rejects", "--report"})
    void classifyRefusesAnOutputThatIsItsInput(String option) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("classify", input.toString(), option, input.toString()));
        if (!option.equals("--rejects")) {
            args.addAll(List.of("--rejects", folder.resolve("r.jsonl").toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertRefusedAndNothingWritten(run, option + " " + input + " would replace the input " + input);
    }

    @Test
    void classifyRefusesTheDefaultRejectsFileWhenItIsAnInput() throws IOException {
        Path rejectsAsInput = TestFiles.write(folder, "case.yaml.rejects.jsonl", "{\"id\": \"A\"}\n");

        CliRun run = CliRun.of("classify", rejectsAsInput.toString(), "--out", folder.resolve("case.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("the rejects file " + rejectsAsInput + " would replace the input");
        assertThat(rejectsAsInput).hasContent("{\"id\": \"A\"}");
    }

    @Test
    void classifyRefusesTwoOutputsInOneFile() throws IOException {
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString(), "--rejects", out.toString());

        assertRefusedAndNothingWritten(run, "--rejects " + out + " is also where --out goes");
    }

    @Test
    void aSymlinkOrHardLinkToTheInputIsTheInput() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), input);
        Path hard = Files.createLink(folder.resolve("hard.csv"), input);

        CliRun viaLink = CliRun.of("classify", input.toString(), "--out", link.toString(), "--rejects",
                folder.resolve("r.jsonl").toString());
        CliRun viaHardLink = CliRun.of("classify", hard.toString(), "--out", folder + "/./in.csv", "--rejects",
                folder.resolve("r.jsonl").toString());

        assertRefusedAndNothingWritten(viaLink, "--out " + link + " would replace the input " + input);
        assertRefusedAndNothingWritten(viaHardLink, "would replace the input " + hard);
    }

    @Test
    void gatherRefusesToWriteOverWhatItReads() throws IOException {
        Path reg = TestFiles.write(folder, "x.reg", "REGEDIT4\n");

        CliRun run = CliRun.of("gather", "--reg", reg.toString(), "--role", "client", "--out", reg.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--out " + reg + " would replace the --reg file " + reg);
        assertThat(reg).hasContent("REGEDIT4");
    }

    @Test
    void theInterviewRefusesToSaveOverItsFactsFileBeforeTheFirstQuestion() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", "symptom:\n  sign-in: fails\n");

        CliRun run = CliRun.withInput("quit\n", "interview", "--facts", facts.toString(), "--save",
                facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--save " + facts + " would replace the --facts file " + facts);
        assertThat(run.out()).doesNotContain("Q1.");
        assertThat(facts).hasContent("symptom:\n  sign-in: fails");
    }
}
