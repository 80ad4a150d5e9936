package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model written by hand, three labels and four words, so the expected probabilities can be worked out here: the
 * scorer must give exactly the softmax of bias + sum of the known words' weights / sqrt(their number).
 */
class TextScorerTest {

    private static final List<String> LABELS = List.of("external-port-not-443", "none", "strict-naming-disabled-mitm");

    private static long key(String word) {
        long[] found = new long[1];
        new Features(WordTranslations.NONE).read(word, (key, start, end) -> found[0] = key);
        return found[0];
    }

    /** "port" and "443" weigh for the cause, "printer" for none, "mitm" for the advisory; "the" for nothing. */
    private static ResemblanceModel model(float floor) {
        long[] keys = {key("port"), key("443"), key("printer"), key("mitm")};
        float[] weights = {
            3, 0, 0,
            2, 0, 0,
            0, 4, 0,
            0, 0, 6};
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        float[] rows = new float[weights.length];
        for (int i = 0; i < keys.length; i++) {
            int row = Arrays.binarySearch(sorted, keys[i]);
            System.arraycopy(weights, i * 3, rows, row * 3, 3);
        }
        return new ResemblanceModel(LABELS, new boolean[] {true, false, false}, floor, floor, "four words",
                WordTranslations.NONE, sorted, new float[] {0, 0.5f, 0}, WeightRows.ofDense(rows, 3, 0));
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheKnownWordsWeightsScaledByTheirNumber() {
        TextScorer scorer = model(0.5f).scorer();
        scorer.read("description", "The PORT is 443, the port is 5061");

        double[] p = scorer.probabilities();

        double cause = Math.exp(5 / Math.sqrt(2));
        double none = Math.exp(0.5);
        double total = cause + none + 1;
        assertThat(p[0]).isCloseTo(cause / total, within(1e-6));
        assertThat(p[1]).isCloseTo(none / total, within(1e-6));
        assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aCauseAtOrAboveTheFloorIsALikenessCitingItsWordsAsWritten() {
        TextScorer scorer = model(0.5f).scorer();
        scorer.read("title", "Remote sign-in");
        scorer.read("description", "Remote users fail.\nThe PORT is 443 here");

        List<Likeness> found = scorer.likenesses();

        assertThat(found).hasSize(1);
        Likeness likeness = found.get(0);
        assertThat(likeness.cause()).isEqualTo("external-port-not-443");
        assertThat(likeness.probability()).isEqualTo(0.95);
        assertThat(likeness.words()).isEqualTo("PORT | 443");
        assertThat(likeness.field()).isEqualTo("description");
        assertThat(likeness.line()).isEqualTo(1);
    }

    @Test
    void advisoriesAreNeverReportedNoneIsAndBelowTheFloorNothingIs() {
        TextScorer scorer = model(0.5f).scorer();
        scorer.read("description", "mitm printer");
        assertThat(scorer.likenesses()).isEmpty();
        scorer.clear();
        scorer.read("description", "mitm");
        assertThat(scorer.probabilities()[2]).isGreaterThan(0.9);
        assertThat(scorer.likenesses()).isEmpty();

        scorer.clear();
        scorer.read("description", "the printer again");
        assertThat(scorer.likenesses()).extracting(Likeness::cause, Likeness::words)
                .containsExactly(tuple("none", "printer"));

        TextScorer strict = model(0.9f).scorer();
        strict.read("description", "port");
        assertThat(strict.probabilities()[0]).isBetween(0.5, 0.9);
        assertThat(strict.likenesses()).isEmpty();
    }

    @Test
    void clearForgetsTheCaseBeforeAndATextOfUnknownWordsResemblesNothing() {
        TextScorer scorer = model(0.5f).scorer();
        scorer.read("description", "port 443");
        scorer.clear();
        scorer.read("description", "the weather is fine");
        assertThat(scorer.likenesses()).isEmpty();

        scorer.clear();
        scorer.read("description", "port 443");
        TextScorer fresh = model(0.5f).scorer();
        fresh.read("description", "port 443");
        assertThat(scorer.likenesses()).isEqualTo(fresh.likenesses());
    }

    @Test
    void aTextReadAgainInALaterCaseFromTheScorersMemoryScoresAsAFreshScorerReadsIt() {
        String text = "The port\nis 443, the port";
        TextScorer scorer = model(0.5f).scorer();
        for (int time = 0; time < 3; time++) {
            scorer.clear();
            scorer.read("title", "port closed");
            scorer.read("description", text);
            TextScorer fresh = model(0.5f).scorer();
            fresh.read("title", "port closed");
            fresh.read("description", text);
            assertThat(scorer.likenesses()).isEqualTo(fresh.likenesses()).hasSize(1);

            scorer.clear();
            scorer.read("description", text);
            fresh = model(0.5f).scorer();
            fresh.read("description", text);
            assertThat(scorer.likenesses()).isEqualTo(fresh.likenesses())
                    .extracting(Likeness::field, Likeness::line, Likeness::words)
                    .containsExactly(tuple("description", 0, "port | 443"));
        }
    }

    @Test
    void aModelReadBackFromItsBytesScoresAlikeAndWritesTheSameBytes() throws IOException {
        ResemblanceModel model = model(0.5f);
        ResemblanceModel read = ResemblanceModel.read(new ByteArrayInputStream(model.bytes()));

        assertThat(read.bytes()).isEqualTo(model.bytes());
        assertThat(read.labels()).isEqualTo(LABELS);
        TextScorer scorer = read.scorer();
        scorer.read("description", "port 443");
        assertThat(scorer.likenesses()).hasSize(1);
    }

    @Test
    void aLabelJustAtTheFloorIsReportedAndJustBelowItIsNot() {
        TextScorer any = model(0f).scorer();
        any.read("description", "port");
        double p = any.probabilities()[0];
        float below = (float) p > p ? Math.nextDown((float) p) : (float) p;
        TextScorer at = model(below).scorer();
        at.read("description", "port");
        TextScorer above = model(Math.nextUp(below)).scorer();
        above.read("description", "port");

        assertThat(at.likenesses()).hasSize(1);
        assertThat(above.likenesses()).isEmpty();
    }

    @Test
    void theEmptyModelResemblesNothing() {
        TextScorer scorer = ResemblanceModel.EMPTY.scorer();
        scorer.read("description", "port 443");
        assertThat(scorer.likenesses()).isEmpty();
    }
}
