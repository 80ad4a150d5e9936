package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.kbfiles.PackagedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples beside the reading catalogues all pass, and every catalogue entry has one that fires and one not. */
class ReadingExamplesTest {

    @Test
    void everyExamplePassesAndEveryEntryIsCovered() throws Exception {
        PatternCatalog catalog = PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary());
        ReadingExamples examples = ReadingExamples.read(PatternCatalog.EXAMPLES,
                PackagedFile.read(PatternCatalog.EXAMPLES));

        List<ReadingExamples.Result> failed = examples.run(new TextExtractor(catalog)).stream()
                .filter(result -> !result.passed()).toList();

        assertThat(failed).isEmpty();
        assertThat(examples.uncovered(catalog)).isEmpty();
    }
}
