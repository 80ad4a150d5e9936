package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.files.AtomicOutput;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the writer writes reads back as the same facts, every kind of them, with each source in a comment. */
class FactsFileWriterTest {

    private static final FactsSchema SCHEMA = FactsSchema.builtIn();
    private final FactsFileWriter writer = new FactsFileWriter(SCHEMA.vocabulary());

    @TempDir
    Path folder;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static List<String> described(CaseFacts facts) {
        return facts.facts().stream().map(Fact::describe).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleReadsBackAsTheSameFacts(Path example) throws Exception {
        FactsFileLoader loader = new FactsFileLoader(SCHEMA);
        CaseFacts original = loader.load(example);

        String written = writer.write(original);
        CaseFacts again = loader.load("written.yaml", written);

        assertThat(again.title()).isEqualTo(original.title());
        assertThat(described(again)).isEqualTo(described(original));
        assertThat(written).contains("   # " + example + ":");
    }

    @Test
    void textThatYamlWouldMisreadIsQuotedAndTheFileIsReplacedWhole() throws Exception {
        ClientEvent awkward = ClientEvent.of(Schema.Events.Kind.ACCESS_DENIED, Source.probe("test"))
                .path("C:\\Documents and Settings\\no\\Local Settings\\Application Data\\Microsoft")
                .text("yes: \"quoted\" # not a comment\ttab").build();
        Path file = folder.resolve("case.yaml");
        Files.writeString(file, "old");

        try (AtomicOutput output = AtomicOutput.create(file)) {
            output.writer().write(writer.write(new CaseFacts("on", List.of(awkward))));
            output.commit();
        }

        CaseFacts read = new FactsFileLoader(SCHEMA).load(file);
        assertThat(read.title()).isEqualTo("on");
        assertThat(((ClientEvent) read.facts().get(0)).getText()).isEqualTo("yes: \"quoted\" # not a comment\ttab");
        assertThat(((ClientEvent) read.facts().get(0)).getPath()).isEqualTo(awkward.getPath());
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }
}
