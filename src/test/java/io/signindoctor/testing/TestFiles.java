package io.signindoctor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files the CLI tests hand to the real commands. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes the text as UTF-8 to a file of that name in the folder, and returns the file. */
    public static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
