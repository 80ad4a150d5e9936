package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a diagnosis concludes (causes in rank order with confidence and whether shown, then the facts), without the
 * sources: those name the facts file on one side and the inputs it was gathered from on the other, so "the same
 * diagnosis" for a written file means the same shape.
 */
final class DiagnosisShape {

    private DiagnosisShape() {
    }

    /** The shape of a successful {@code diagnose --format json} run. */
    static List<String> of(CliRun diagnose) throws IOException {
        assertThat(diagnose.exitCode()).as(diagnose.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(diagnose.out());
        List<String> shape = new ArrayList<>();
        json.get("causes").forEach(cause -> shape.add(cause.get("cause").asText() + " "
                + cause.get("confidence").asText() + " " + cause.get("shown").asText()));
        List<String> facts = new ArrayList<>();
        json.get("facts").forEach(fact -> facts.add(fact.get("fact").asText()));
        shape.addAll(facts.stream().sorted().toList());
        return shape;
    }
}
