package io.signindoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.Advisory;
import io.signindoctor.model.CaseFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an interview saves, diagnose reads back to the same diagnosis: for every example, stopped after each question,
 * and for an interview where every answer is unknown.
 */
class SavedInterviewRoundTripTest {

    private static final Knowledge KNOWLEDGE = Knowledge.builtIn();
    private static final FactsFileLoader LOADER = new FactsFileLoader(KNOWLEDGE.schema());
    private static final FactsFileWriter WRITER = new FactsFileWriter(KNOWLEDGE.vocabulary());

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(file -> file.toString().endsWith(".yaml")).sorted();
    }

    /** What a report shows of a diagnosis, leaving out where each fact came from (an answer, or a file's line). */
    private static List<String> shape(Diagnosis diagnosis) {
        List<String> shape = new ArrayList<>();
        diagnosis.causes().forEach(cause -> shape.add(String.format(Locale.ROOT, "cause %s %.3f%s", cause.cause(),
                cause.confidence(), diagnosis.shown().contains(cause) ? " shown" : "")));
        diagnosis.advisories().stream().map(Advisory::topic).forEach(topic -> shape.add("advisory " + topic));
        diagnosis.openQuestions().stream().map(OpenQuestion::fact).forEach(fact -> shape.add("check next " + fact));
        return shape;
    }

    private static void assertSavedFileGivesTheSameDiagnosis(Interview interview, String when)
            throws InvalidInputException {
        String saved = WRITER.write(interview.facts());
        CaseFacts readBack = LOADER.load("saved.yaml", saved);
        Diagnosis fromFile = CaseSession.diagnose(KNOWLEDGE.rules(), readBack, 0.5);
        assertThat(shape(fromFile)).as(when + "\n" + saved).isEqualTo(shape(interview.diagnosis()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anInterviewStoppedAtEachQuestionSavesWhatDiagnoseReadsBackTheSame(Path example) throws Exception {
        ScriptedEngineer engineer = new ScriptedEngineer(LOADER.load(example));
        try (Interview interview = new Interview(KNOWLEDGE, new CaseFacts("", List.of()), 0.5)) {
            assertSavedFileGivesTheSameDiagnosis(interview, example + " before any question");
            for (var question = interview.next(); question.isPresent() && interview.questionsAnswered() < 20;
                    question = interview.next()) {
                Optional<String> answer = engineer.answer(question.get().fact());
                if (answer.isPresent()) {
                    interview.answer(question.get().entry(), answer.get());
                } else {
                    interview.unknown(question.get().fact());
                }
                assertSavedFileGivesTheSameDiagnosis(interview, example + " after " + question.get().fact());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anInterviewThatStartsFromAnExampleSavesItWhole(Path example) throws Exception {
        try (Interview interview = new Interview(KNOWLEDGE, LOADER.load(example), 0.5)) {
            assertSavedFileGivesTheSameDiagnosis(interview, example.toString());
        }
    }

    @Test
    void anInterviewWithOnlyUnknownAnswersSavesThemAndIsNotAskedThemAgain() throws Exception {
        List<String> unknown = new ArrayList<>();
        String saved;
        try (Interview interview = new Interview(KNOWLEDGE, new CaseFacts("", List.of()), 0.5)) {
            for (var question = interview.next(); question.isPresent(); question = interview.next()) {
                unknown.add(question.get().fact());
                interview.unknown(question.get().fact());
                assertSavedFileGivesTheSameDiagnosis(interview, "after unknown " + question.get().fact());
            }
            saved = WRITER.write(interview.facts());
        }
        assertThat(unknown).isNotEmpty();
        CaseFacts readBack = LOADER.load("saved.yaml", saved);
        assertThat(readBack.unknown()).containsExactlyElementsOf(unknown);
        try (Interview resumed = new Interview(KNOWLEDGE, readBack, 0.5)) {
            assertThat(resumed.next()).isEmpty();
        }
    }
}
