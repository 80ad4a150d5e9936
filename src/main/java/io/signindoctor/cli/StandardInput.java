package io.signindoctor.cli;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Standard input read whole, as a file given as {@code -}: bounded by the same --max-file-size as a file, so that a
 * pipe cannot make a command hold more than a file could, and named {@code <stdin>} wherever its facts are cited.
 */
final class StandardInput {

    /** What facts read from standard input cite as their file. */
    static final String NAME = "<stdin>";

    private StandardInput() {
    }

    /** Whether a file option names standard input. */
    static boolean isNamedBy(Path file) {
        return file != null && file.toString().equals("-");
    }

    static byte[] read(InputStream input, ReadLimits limits) throws InvalidInputException {
        try {
            byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new InvalidInputException(new InputProblem(NAME, 0, 0, "", "standard input has more than "
                        + limits.maxFileBytes() + " bytes (--max-file-size raises the limit)"));
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(NAME, 0, 0, "", "cannot read standard input: "
                    + e.getMessage()));
        }
    }
}
