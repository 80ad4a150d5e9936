package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The error-code table the build packages for the rules says what rules/codes.yaml says. */
class ErrorCodesTest {

    @Test
    void theBuiltInTableHoldsTheSignsOfEveryCodeInTheSourceCatalogue() throws IOException, InvalidInputException {
        ErrorCodes source = ErrorCodes.read(KnowledgeFiles.read(Path.of(""), KnowledgeFiles.Kind.CATALOGUES, ""));

        ErrorCodes packaged = ErrorCodes.builtIn();

        assertThat(source.table()).isNotBlank();
        assertThat(packaged.table()).isEqualTo(source.table());
    }
}
