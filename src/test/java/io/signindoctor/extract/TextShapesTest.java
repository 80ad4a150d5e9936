package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The steps a text's reading took, taken again on a text of the same shape, give what reading that text gives: held
 * for every ticket of corpus/train with its values respelled at random (other letters and digits, some values longer
 * or shorter, a host's first label kept or not), wherever the respelled text has the shape of the ticket.
 */
class TextShapesTest {

    private static final TextExtractor EXTRACTOR = builtIn();
    private static final Source SOURCE = Source.text("queue.csv", 7);

    private static TextExtractor builtIn() {
        try {
            return new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTextOfAShapeReadBeforeGetsWhatReadingItGives() throws IOException {
        Random random = new Random(20261202L);
        int compared = 0;
        int withFacts = 0;
        for (String text : trainTexts()) {
            TextShapes shapes = new TextShapes();
            String shape = shapeOf(text, shapes);
            if (shape == null) {
                continue;
            }
            /* A shape is kept when it comes a second time: the ticket is read twice, the second time keeping its steps. */
            EXTRACTOR.read(text, SOURCE, shapes);
            EXTRACTOR.read(text, SOURCE, shapes);
            assertThat(shapes.stepsOf(shape)).as(text).isNotNull();
            for (int variant = 0; variant < 4; variant++) {
                String respelled = respelled(text, random);
                if (!shape.equals(shapeOf(respelled, shapes))) {
                    continue;
                }
                List<String> replayed = described(EXTRACTOR.read(respelled, SOURCE, shapes));
                List<String> read = described(EXTRACTOR.read(respelled, SOURCE));
                assertThat(replayed).as("%s%nrespelled from%n%s", respelled, text).containsExactlyElementsOf(read);
                compared++;
                withFacts += read.isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).isGreaterThan(3_000);
        assertThat(withFacts).isGreaterThan(1_000);
    }

    @Test
    void aTextWithoutValuesHasNoShape() {
        assertThat(shapeOf("Users cannot sign in since Monday, the pool is fine.", new TextShapes())).isNull();
        assertThat(shapeOf("Server 10.0.0.5 refuses the connection.", new TextShapes())).isNotNull();
    }

    @Test
    void valuesTheCataloguesKnowKeepTheirWordInTheShape() {
        TextShapes shapes = new TextShapes();
        assertThat(shapeOf("error 10061 on sip.contoso.com", shapes))
                .isNotEqualTo(shapeOf("error 10062 on sip.contoso.com", shapes))
                .isEqualTo(shapeOf("error 10061 on sip.fabrikam.com", shapes));
        assertThat(shapeOf("no lyncdiscover.contoso.com record", shapes))
                .isNotEqualTo(shapeOf("no webpool.contoso.com record", shapes))
                .isEqualTo(shapeOf("no lyncdiscover.fabrikam.com record", shapes));
        assertThat(shapeOf("Lync 2013 on the laptop", shapes)).isNotEqualTo(shapeOf("Lync 4837 on the laptop", shapes));
    }

    private static String shapeOf(String text, TextShapes shapes) {
        NormalisedText normalised = NormalisedText.of(text);
        List<Token> tokens = Lexer.tokens(normalised);
        return shapes.shapeOf(normalised, tokens, Segments.of(normalised, tokens), EXTRACTOR);
    }

    /** Each fact as the output and the rules see it: what it says, where it cites, which entry read it. */
    private static List<String> described(FieldFacts facts) {
        List<Extracted> found = new ArrayList<>();
        facts.addTo("text", SOURCE, found, new HashSet<>(), EXTRACTOR.catalog().firstMentionWins());
        List<String> described = new ArrayList<>();
        for (Extracted extracted : found) {
            described.add(extracted.fact() + " | " + extracted.fact().getSource() + " | " + extracted.patternId()
                    + " | " + extracted.text() + " | " + extracted.similarity());
        }
        return described;
    }

    /** The text with each of its values' letters and digits replaced at random, and a few made longer or shorter. */
    private static String respelled(String text, Random random) {
        NormalisedText normalised = NormalisedText.of(text);
        StringBuilder respelled = new StringBuilder(text.length() + 16);
        int after = 0;
        for (Token token : Lexer.tokens(normalised)) {
            if (!token.isValue()) {
                continue;
            }
            int start = normalised.originalIndex(token.start());
            int end = normalised.originalIndex(token.end() - 1) + 1;
            respelled.append(text, after, start);
            boolean keepFirstLabel = random.nextBoolean();
            boolean inFirstLabel = true;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '@' || c == '\\' || c == ':' || c == '/') {
                    inFirstLabel = false;
                }
                if (keepFirstLabel && inFirstLabel || !Character.isLetterOrDigit(c) || c > 'z') {
                    respelled.append(c);
                    continue;
                }
                int copies = random.nextInt(12) == 0 ? 2 : random.nextInt(12) == 0 && end - start > 4 ? 0 : 1;
                for (int k = 0; k < copies; k++) {
                    respelled.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10))
                            : Character.isUpperCase(c) ? (char) ('A' + random.nextInt(26))
                            : (char) ('a' + random.nextInt(26)));
                }
            }
            after = end;
        }
        return respelled.append(text, after, text.length()).toString();
    }

    private static List<String> trainTexts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus", "train"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader lines = Files.newBufferedReader(file)) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        JsonNode ticket = json.readTree(line);
                        if (ticket != null && ticket.hasNonNull("text")) {
                            texts.add(ticket.get("text").asText());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
