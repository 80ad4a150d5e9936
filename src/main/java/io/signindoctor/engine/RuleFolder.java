package io.signindoctor.engine;

import io.signindoctor.kb.PackagedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the DRL files of a rules folder on disk, or of the built-in rules inside the jar. */
public final class RuleFolder {

    /** Lists the built-in DRL resources, since a jar cannot be listed like a folder; written by {@link Precompiler}. */
    public static final String BUILT_IN_INDEX = "META-INF/signin-doctor/rules.txt";
    /** Lists the built-in case files inside the jar; written by {@link Precompiler}. */
    public static final String BUILT_IN_CASES_INDEX = "META-INF/signin-doctor/cases.txt";

    private RuleFolder() {
    }

    /** Every .drl below the folder, sorted, each named by the given prefix and its path inside the folder. */
    public static List<RuleSource> read(Path folder, String displayPrefix) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".drl")).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                sources.add(new RuleSource(displayPrefix + "/" + relative, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    /** The built-in DRL as packaged in the jar, for compiling together with a site-local folder. */
    public static List<RuleSource> builtIn() {
        List<RuleSource> sources = new ArrayList<>();
        for (String path : PackagedFile.index(BUILT_IN_INDEX)) {
            sources.add(new RuleSource(path, PackagedFile.read(path)));
        }
        return sources;
    }

}
