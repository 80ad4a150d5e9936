package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema the tool reads at start-up, packaged as JSON by the build, is facts-schemas/facts.schema.yaml. */
class FactsSchemaTest {

    @Test
    void thePackagedSchemaIsTheYamlSchemaNodeForNode() throws IOException {
        assertThat(FactsSchema.builtIn().node()).isEqualTo(new ObjectMapper(new YAMLFactory())
                .readTree(Path.of(FactsSchema.BUILT_IN).toFile()));
    }

    @Test
    void numbersKeepTheirTypeThroughJson() throws IOException {
        String yaml = "maximum: 65535\nratio: 0.5\nflag: true\nname: x\nnothing: null\n";
        assertThat(new ObjectMapper().readTree(FactsSchema.toJson(yaml)))
                .isEqualTo(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }
}
