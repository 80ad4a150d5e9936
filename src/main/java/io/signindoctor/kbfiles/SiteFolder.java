package io.signindoctor.kbfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A site-local knowledge folder, laid out like the built-in one: rules/ (DRL and case files), kb-docs/causes/
 * (cause pages) and facts-schemas/ (vocabulary additions). It is loaded beside the built-in knowledge base, so an
 * organisation keeps its own knowledge without touching Java or rebuilding the jar.
 */
public record SiteFolder(Path root) {

    /** What is wrong with a folder given as a site folder, or nothing when it is one. */
    public Optional<String> problem() {
        if (!Files.isDirectory(root)) {
            return Optional.of(Files.exists(root) ? "is not a folder" : "no such folder");
        }
        for (KnowledgeFiles.Kind kind : KnowledgeFiles.Kind.values()) {
            if (Files.isDirectory(root.resolve(kind.folder()))) {
                return Optional.empty();
            }
        }
        return Optional.of("is not a rules folder: expected rules/, kb-docs/causes/ or facts-schemas/ inside it "
                + "(signin-doctor kb init DIR creates one)");
    }

    public Path docs() {
        return root.resolve("kb-docs");
    }

    /** How files below this folder are named in messages: relative to where the user pointed. */
    public String display(String child) {
        return KnowledgeFiles.display(root.toString(), child);
    }
}
