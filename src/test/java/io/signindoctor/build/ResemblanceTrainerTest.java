package io.signindoctor.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.resemble.TextScorer;
import io.signindoctor.resemble.WordTranslations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResemblanceTrainerTest {

    private static final String PORT = "external-port-not-443";
    private static final String ADVISORY = "ip-address-in-manual-settings";

    private static final List<CorpusTexts.Text> CORPUS = List.of(
            text(1, "remote users fail, the edge listens on 443 and the laptops use 5061", PORT),
            text(2, "from home nobody signs in, group policy pushes port 5061 to the edge", PORT),
            text(3, "outside the office the client times out on 5061, edge is on 443", PORT),
            text(4, "the printer on floor 3 jams again, please send someone", "none"),
            text(5, "printer out of toner on floor 2, please send someone", "none"),
            text(6, "the manual settings hold 10.1.2.3 instead of a name, works for now", ADVISORY),
            text(7, "manual settings point at an address instead of the pool name, it works", ADVISORY));

    private static final Map<String, Boolean> KINDS = Map.of(PORT, true, "none", false, ADVISORY, false);

    /**
     * Seven texts that share most of their words: the corpus's rate would overshoot on them, since a step moves each
     * weight by the share of texts its feature is in, and here that share is large.
     */
    private static final ResemblanceTrainer.Settings SMALL = ResemblanceTrainer.Settings.DEFAULT.with("--rate", "10");

    /** Trains on words as written: these tests are about the training, not the translations. */
    private static ResemblanceModel train(List<CorpusTexts.Text> corpus, Map<String, Boolean> kinds,
            ResemblanceTrainer.Settings settings) {
        return ResemblanceTrainer.train(corpus, kinds, WordTranslations.NONE, settings);
    }

    private static CorpusTexts.Text text(int line, String words, String label) {
        return new CorpusTexts.Text("train/a.jsonl", line, "T-" + line, List.of(words), label);
    }

    @Test
    void theSameTextsGiveTheSameModelByteForByte() {
        byte[] first = train(CORPUS, KINDS, SMALL).bytes();
        byte[] second = train(List.copyOf(CORPUS), Map.copyOf(KINDS), SMALL).bytes();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theModelLearnsItsLabelsAndOnlyCausesAndNoneAreReported() {
        ResemblanceModel model = train(CORPUS, KINDS, SMALL.with("--floor", "0").with("--none-floor", "0"));

        assertThat(model.labels()).containsExactly(PORT, ADVISORY, "none");
        assertThat(model.isCause(0)).isTrue();
        assertThat(model.isCause(1)).isFalse();
        TextScorer scorer = model.scorer();
        scorer.read("text", "users at home fail on port 5061, the edge wants 443");
        double[] port = scorer.probabilities();
        assertThat(port[0]).isGreaterThan(Math.max(port[1], port[2]));
        assertThat(scorer.likenesses()).extracting(likeness -> likeness.cause()).containsExactly(PORT, "none");
        scorer.clear();
        scorer.read("text", "manual settings hold an address instead of the name");
        double[] advisory = scorer.probabilities();
        assertThat(advisory[1]).isGreaterThan(Math.max(advisory[0], advisory[2]));
        assertThat(scorer.likenesses()).extracting(likeness -> likeness.cause()).containsOnly(PORT, "none")
                .doesNotContain(ADVISORY);
    }

    @Test
    void featuresSeenInFewerTextsThanTheMinimumAreLeftOut() {
        int common = train(CORPUS, KINDS, SMALL).featureCount();
        int all = train(CORPUS, KINDS, SMALL.with("--min-texts", "1"))
                .featureCount();

        assertThat(common).isPositive().isLessThan(all);
    }

    @Test
    void theTemperatureDividesEveryWeightAndWeightsBelowThePruneAreDropped() {
        ResemblanceModel hot = train(CORPUS, KINDS, SMALL.with("--temperature", "1")
                .with("--prune", "0"));
        ResemblanceModel cool = train(CORPUS, KINDS, SMALL.with("--temperature", "2")
                .with("--prune", "0"));
        ResemblanceModel pruned = train(CORPUS, KINDS, SMALL.with("--temperature", "1")
                .with("--prune", "0.1"));
        String text = "users at home fail on port 5061, the edge wants 443";

        double[] p = probabilities(hot, text);
        double[] q = probabilities(cool, text);
        assertThat(q[0] / q[2]).isCloseTo(Math.sqrt(p[0] / p[2]), org.assertj.core.api.Assertions.within(1e-3));
        assertThat(pruned.weightCount()).isPositive().isLessThan(hot.weightCount());
        assertThat(pruned.featureCount()).isEqualTo(hot.featureCount());
    }

    private static double[] probabilities(ResemblanceModel model, String text) {
        TextScorer scorer = model.scorer();
        scorer.read("text", text);
        return scorer.probabilities();
    }

    @Test
    void causesAdvisoriesAndNoneAreToldApartByTheirPagesAndAnyOtherLabelIsRefusedAtItsLine() throws Exception {
        Map<String, Boolean> kinds = ResemblanceTrainer.labelKinds(Path.of("."), CORPUS);
        assertThat(kinds).isEqualTo(KINDS);

        List<CorpusTexts.Text> misspelt = List.of(text(9, "remote users fail", "external-port-not-433"));
        assertThatThrownBy(() -> ResemblanceTrainer.labelKinds(Path.of("."), misspelt))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems().get(0)
                        .toString()).contains("train/a.jsonl:9").contains("external-port-not-433"));
    }

    @Test
    void theCorpusIsReadThroughTheMappingsColumnsFileByFileInNameOrderLeavingOneOut(@TempDir Path root)
            throws IOException, InvalidInputException {
        Files.writeString(root.resolve("mapping.yaml"), "id: number\ntext: [title, body]\nlabels: cause\n");
        Path train = Files.createDirectories(root.resolve("train"));
        Files.writeString(train.resolve("b.jsonl"), "{\"number\": \"B-1\", \"Title\": \"t\", \"cause\": \"none\"}\n");
        Files.writeString(train.resolve("a.jsonl"), "{\"number\": \"A-1\", \"title\": \"t\", \"body\": \"b\", "
                + "\"cause\": \"none\"}\n\n{\"number\": \"A-2\", \"cause\": \"none\"}\n");
        Files.writeString(train.resolve("c.jsonl"), "{\"number\": \"C-1\", \"cause\": \"none\"}\n");

        List<CorpusTexts.Text> texts = CorpusTexts.read(root.resolve("mapping.yaml"), train, "c.jsonl");

        assertThat(texts).extracting(CorpusTexts.Text::id).containsExactly("A-1", "A-2", "B-1");
        assertThat(texts.get(0).texts()).containsExactly("t", "b");
        assertThat(texts.get(1).line()).isEqualTo(3);
        assertThat(texts.get(2).texts()).containsExactly("t", null);
    }

    @Test
    void aLineThatIsNotJsonOrHasNoLabelStopsTrainingAtItsFileAndLine(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("mapping.yaml"), "id: id\ntext: [text]\nlabels: label\n");
        Path train = Files.createDirectories(root.resolve("train"));
        Files.writeString(train.resolve("a.jsonl"), "{\"id\": \"1\", \"text\": \"t\"}\n{\"id\": \"2\", \"text\n");

        assertThatThrownBy(() -> CorpusTexts.read(root.resolve("mapping.yaml"), train, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems()).hasSize(2);
                    assertThat(e.getProblems().get(0).toString()).contains("a.jsonl:1").contains("label");
                    assertThat(e.getProblems().get(1).toString()).contains("a.jsonl:2").contains("not a JSON");
                });
    }
}
