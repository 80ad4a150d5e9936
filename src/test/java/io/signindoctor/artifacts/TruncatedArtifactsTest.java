package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.artifacts.dns.DnsListingReader;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attachments arrive cut short (a mail size limit, a copy from a console buffer). Every sample cut after each of its
 * bytes in steps must read to facts and notes, or to an input problem naming the file: never to any other exception.
 */
class TruncatedArtifactsTest {

    /** Cuts per sample: enough to land inside headers, fields, quotes and XML elements alike. */
    private static final int CUTS = 60;

    @TempDir
    Path folder;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples/artifacts"))) {
            return files.filter(file -> !file.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCutOfASampleIsReadOrRefusedCleanly(Path sample) throws Exception {
        byte[] whole = Files.readAllBytes(sample);
        TextExtractor extractor = new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        List<String> notes = new ArrayList<>();
        Path cut = folder.resolve(sample.getFileName());
        int step = Math.max(1, whole.length / CUTS);
        for (int length = 0; length <= whole.length; length += step) {
            Files.write(cut, Arrays.copyOf(whole, length));
            readOrRefused(() -> new ClientLogReader(notes::add, extractor).read(ArtifactInput.read(cut)), cut);
            readOrRefused(() -> new DnsListingReader(notes::add).read(ArtifactInput.read(cut), "contoso.com"), cut);
        }
        assertThat(notes).isNotEmpty();
    }

    private interface Read {
        Object run() throws InvalidInputException;
    }

    private static void readOrRefused(Read read, Path file) {
        try {
            assertThat(read.run()).isNotNull();
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).contains(file.toString());
        }
    }
}
