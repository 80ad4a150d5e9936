package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scorer that remembers the pieces of text it read lately must score every case exactly as one that reads every text
 * in full: the same probabilities to the last bit, the same likenesses citing the same words in the same
 * field and line. Read with the built-in model on every text of the training corpus (the column classify reads), each
 * also as the second of a case whose first text is its first line, twice in a case, with its values changed, with
 * its sentences in another order, with a sentence of another text inserted and written out twice; all of it twice
 * over, so that the second time most pieces are remembered.
 */
class TextScorerMemoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScorerThatRemembersScoresEveryCaseAsOneThatReadsEveryTextInFull() throws IOException {
        ResemblanceModel model = ResemblanceModel.builtIn();
        assertThat(model.featureCount()).isPositive();
        List<String> texts = corpusTexts();
        assertThat(texts).hasSizeGreaterThan(1_000);
        List<List<String>> cases = cases(texts);
        TextScorer remembering = new TextScorer(model, true);
        TextScorer reading = new TextScorer(model, false);
        int withLikeness = 0;
        for (int round = 0; round < 2; round++) {
            for (List<String> fields : cases) {
                remembering.clear();
                reading.clear();
                for (int field = 0; field < fields.size(); field++) {
                    remembering.read("field" + field, fields.get(field));
                    reading.read("field" + field, fields.get(field));
                }
                List<Likeness> expected = reading.likenesses();
                assertThat(remembering.likenesses()).as("%s", fields).isEqualTo(expected);
                assertThat(remembering.probabilities()).as("%s", fields).isEqualTo(reading.probabilities());
                withLikeness += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withLikeness).isGreaterThan(cases.size());
    }

    private static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/train"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        JsonNode text = JSON.readTree(line).get("text");
                        texts.add(text == null ? "" : text.asText());
                    }
                }
            }
        }
        return texts;
    }

    private static List<List<String>> cases(List<String> texts) {
        List<List<String>> cases = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String other = texts.get((i * 7 + 3) % texts.size());
            cases.add(List.of(text));
            cases.add(List.of(text.lines().findFirst().orElse(""), text, text));
            cases.add(List.of(otherValues(text), firstSentence(other)));
            cases.add(List.of(rotated(text)));
            cases.add(List.of(firstSentence(other) + "\n" + text + " " + firstSentence(other), text + text));
        }
        return cases;
    }

    /** The text with each digit another. */
    private static String otherValues(String text) {
        StringBuilder changed = new StringBuilder(text);
        for (int k = 0; k < changed.length(); k++) {
            char c = changed.charAt(k);
            if (c >= '0' && c <= '9') {
                changed.setCharAt(k, (char) ('0' + (c - '0' + 3) % 10));
            }
        }
        return changed.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The text's sentences, the first moved to the end. */
    private static String rotated(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(end + 2) + " " + text.substring(0, end + 1);
    }
}
