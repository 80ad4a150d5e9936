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
    void everyControlCharacterLineSeparatorAndHalfCharacterReadsBackAsItWasFromValuesAndSources() throws Exception {
        StringBuilder awkward = new StringBuilder();
        for (char c = 0; c <= 0xA0; c++) {
            awkward.append(c);
        }
        awkward.append("\u2028\u2029\ufeff\ufffe\uffff\ud800 \udfff \ud83d\ude00 \ud83d");
        String text = awkward.toString();
        ClientEvent event = ClientEvent.of(Schema.Events.Kind.ACCESS_DENIED, Source.text("log " + text, 3).citing(text))
                .text(text).path(text).build();

        String written = writer.write(new CaseFacts(text, List.of(event)));
        CaseFacts read = new FactsFileLoader(SCHEMA).load("written.yaml", written);

        assertThat(read.title()).isEqualTo(text);
        assertThat(((ClientEvent) read.facts().get(0)).getText()).isEqualTo(text);
        assertThat(((ClientEvent) read.facts().get(0)).getPath()).isEqualTo(text);
        assertThat(written.codePoints()).allMatch(c -> c == '\n' || c == '\t' || c >= 0x20 && c < 0x7F
                || c >= 0xA0 && c < Character.MIN_SURROGATE && c != 0x2028 && c != 0x2029
                || c > Character.MAX_SURROGATE && c <= 0xFFFD && c != 0xFEFF || c >= 0x10000);
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
