package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A site folder made by {@code kb init} in a test's temporary folder, for tests that break one of its files and read
 * what the commands say: they start from the folder a rule author starts from, not from a hand-made copy of it.
 */
final class ScratchSite {

    private final Path root;

    private ScratchSite(Path root) {
        this.root = root;
    }

    /** Runs {@code kb init} into folder/site. */
    static ScratchSite initIn(Path folder) {
        Path root = folder.resolve("site");
        assertThat(CliRun.of("kb", "init", root.toString()).exitCode()).isZero();
        return new ScratchSite(root);
    }

    /** Replaces text in one of the site's files, failing the test when the text is not there to replace. */
    void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Writes a file of the site, creating its folder. */
    void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** One of the site's files, to read or remove. */
    Path file(String name) {
        return root.resolve(name);
    }

    /** The folder as the commands are given it and print it. */
    @Override
    public String toString() {
        return root.toString();
    }
}
