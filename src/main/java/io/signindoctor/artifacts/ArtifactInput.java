package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An artifact's bytes and the name its facts cite: a file named on the command line, standard input, or a part
 * uploaded to serve. Every reader takes this rather than a path, so an upload is read exactly as the same file would
 * be, and nothing a request sends is ever opened as a path.
 *
 * @param name what the facts read from it cite as their file
 * @param bytes the content, whole
 */
public record ArtifactInput(String name, byte[] bytes) {

    public ArtifactInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A file's bytes, or the problem an engineer should be told when it cannot be read. */
    public static ArtifactInput read(Path path) throws InvalidInputException {
        try {
            return new ArtifactInput(path.toString(), Files.readAllBytes(path));
        } catch (NoSuchFileException missing) {
            throw new InvalidInputException(new InputProblem(path.toString(), 0, 0, "", "no such file"));
        } catch (IOException unreadable) {
            throw new InvalidInputException(new InputProblem(path.toString(), 0, 0, "", "cannot read: "
                    + unreadable.getMessage()));
        }
    }
}
