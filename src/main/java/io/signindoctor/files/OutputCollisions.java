package io.signindoctor.files;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses a command line on which an output would replace an input or another output, before anything is written.
 * Names are not enough to tell: a symlink, a hard link, "./x" and "x" all name one file, so each path is compared by
 * the file it resolves to, and by the file system's identity of an existing file.
 */
public final class OutputCollisions {

    /** A file the command line names, with the option that named it (--out, --reg, "input"). */
    public record Named(String role, Path path) {
    }

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    public OutputCollisions input(String role, Path path) {
        if (path != null) {
            inputs.add(new Named(role, path));
        }
        return this;
    }

    public OutputCollisions output(String role, Path path) {
        if (path != null) {
            outputs.add(new Named(role, path));
        }
        return this;
    }

    /** The inputs named so far, in order. */
    public List<Named> inputs() {
        return List.copyOf(inputs);
    }

    /** Throws when an output is the same file as an input or as an earlier output, naming both. */
    public void refuse() throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Identity> inputIds = inputs.stream().map(named -> Identity.of(named.path())).toList();
        List<Identity> outputIds = new ArrayList<>();
        for (Named output : outputs) {
            Identity id = Identity.of(output.path());
            for (int i = 0; i < inputs.size(); i++) {
                if (id.sameAs(inputIds.get(i))) {
                    problems.add(problem(output, inputs.get(i), "would replace the " + inputs.get(i).role()));
                }
            }
            for (int i = 0; i < outputIds.size(); i++) {
                if (id.sameAs(outputIds.get(i))) {
                    problems.add(problem(output, outputs.get(i), "is also where " + outputs.get(i).role()
                            + " goes"));
                }
            }
            outputIds.add(id);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static InputProblem problem(Named output, Named other, String clash) {
        return new InputProblem(output.path().toString(), 0, 0, "", output.role() + " " + output.path() + " " + clash
                + " " + other.path() + " (the same file); an output never replaces an input or another output, "
                + "so choose another file name");
    }

    /** Where a path leads: its real path (symlinks resolved) and, for a file that exists, the file system's key. */
    private record Identity(Path real, Object key) {

        static Identity of(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            try {
                if (Files.exists(absolute)) {
                    Object key = Files.readAttributes(absolute, BasicFileAttributes.class).fileKey();
                    return new Identity(absolute.toRealPath(), key);
                }
                Path parent = absolute.getParent();
                if (parent != null && Files.exists(parent)) {
                    return new Identity(parent.toRealPath().resolve(absolute.getFileName()), null);
                }
            } catch (IOException unreadable) {
                return new Identity(absolute, null);
            }
            return new Identity(absolute, null);
        }

        boolean sameAs(Identity other) {
            return real.equals(other.real) || key != null && Objects.equals(key, other.key);
        }
    }
}
