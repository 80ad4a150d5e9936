package io.signindoctor.kbfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The starting point of a site folder: a vocabulary addition, a rule with its cases and a cause page that pass
 * kb validate and kb test as created, so an author starts from something that works and changes it.
 */
public final class SiteTemplate {

    private static final String ROOT = "site-template/";
    private static final List<String> FILES = List.of(
            "facts-schemas/site-vocabulary.yaml",
            "rules/site.drl",
            "rules/site.cases.yaml",
            "kb-docs/causes/site-remote-without-vpn.md");

    /** Writes the template into a folder that must not exist yet or be empty; returns the files written. */
    public List<Path> writeTo(Path folder) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new IOException(folder + " exists and is not a folder");
            }
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; kb init only writes into a new or empty folder");
                }
            }
        }
        for (String file : FILES) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, PackagedFile.read(ROOT + file), StandardCharsets.UTF_8);
        }
        return FILES.stream().map(folder::resolve).toList();
    }
}
