package io.signindoctor.kbfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A text file packaged in the jar with the knowledge base (rules, schemas, cause pages, and the indexes the build
 * writes to list them, since a jar cannot be listed like a folder). A missing one means a broken build.
 */
public final class PackagedFile {

    private PackagedFile() {
    }

    public static String read(String name) {
        try (InputStream in = PackagedFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name
                        + "; the build is incomplete: run 'mvn package' (./signin-doctor builds it when needed)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    public static boolean exists(String name) {
        return PackagedFile.class.getClassLoader().getResource(name) != null;
    }

    /** The non-blank lines of an index file. */
    public static List<String> index(String name) {
        return read(name).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
