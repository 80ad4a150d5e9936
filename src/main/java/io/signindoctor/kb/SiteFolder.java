package io.signindoctor.kb;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A site-local knowledge folder, laid out like the built-in one: rules/ (DRL and case files), kb-docs/causes/
 * (cause pages) and facts-schemas/ (vocabulary additions). It is loaded beside the built-in knowledge base, so an
 * organisation keeps its own knowledge without touching Java or rebuilding the jar.
 */
public record SiteFolder(Path root) {

    public static SiteFolder open(Path root) throws InvalidInputException {
        SiteFolder folder = new SiteFolder(root);
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(new InputProblem(root.toString(), 0, 0, "",
                    Files.exists(root) ? "is not a folder" : "no such folder"));
        }
        if (!Files.isDirectory(folder.rules()) && !Files.isDirectory(folder.causes())
                && !Files.isDirectory(folder.schemas())) {
            throw new InvalidInputException(new InputProblem(root.toString(), 0, 0, "",
                    "is not a rules folder: expected rules/, kb-docs/causes/ or facts-schemas/ inside it "
                            + "(signin-doctor kb init DIR creates one)"));
        }
        return folder;
    }

    public Path rules() {
        return root.resolve("rules");
    }

    public Path docs() {
        return root.resolve("kb-docs");
    }

    public Path causes() {
        return docs().resolve("causes");
    }

    public Path schemas() {
        return root.resolve("facts-schemas");
    }

    /** How files below this folder are named in messages: relative to where the user pointed. */
    public String display(String child) {
        String base = root.toString();
        return (base.endsWith("/") ? base : base + "/") + child;
    }
}
