package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Targets line of issue 12 for artifacts: diagnose, given only a sample of examples/artifacts, ranks the cause
 * its README row names first. The rows are those {@link ArtifactSamplesTest} reads.
 */
class ArtifactDiagnosisTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.signindoctor.cli.ArtifactSamplesTest#samples")
    void diagnoseRanksTheDocumentedCauseFirst(ArtifactSamplesTest.Sample sample) throws IOException {
        List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json"));
        args.addAll(sample.options());

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        var top = new ObjectMapper().readTree(run.out()).get("top");
        assertThat(top.isNull() ? "none" : top.asText()).as(run.err())
                .isEqualTo(sample.cause());
    }
}
