package io.signindoctor.kbfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the files of each kind in a knowledge folder laid out like the built-in knowledge base (which is itself such
 * a folder in the source tree), or inside the jar through the index the build writes, since a jar cannot be listed.
 * This is the only place that walks a knowledge folder, so the build, the loader and kb validate cannot disagree on
 * which files count.
 */
public final class KnowledgeFiles {

    /** A kind of knowledge file: where it lives in a folder, how its name ends, and the jar's index of built-in ones. */
    public enum Kind {
        RULES("rules", List.of(".drl"), true, "META-INF/signin-doctor/rules.txt"),
        CASES("rules", List.of(".cases.yaml"), true, "META-INF/signin-doctor/cases.txt"),
        PAGES("kb-docs/causes", List.of(".md"), true, "META-INF/signin-doctor/cause-pages.txt"),
        /** A site's additions; the built-in vocabulary is facts-schemas/facts.schema.yaml itself. */
        VOCABULARY("facts-schemas", List.of(".yaml", ".yml"), false, null),
        /**
         * The text reader's catalogues and their examples, each a file of a fixed name in rules/; a site's add to
         * the built-in ones. Their names are the whole list, so the jar needs no index of them.
         */
        CATALOGUES("rules", List.of(Catalogue.READING, Catalogue.MESSAGES, Catalogue.CODES, Catalogue.EXAMPLES,
                Catalogue.LEXICON),
                false, null);

        private final String folder;
        private final List<String> endings;
        private final boolean nested;
        private final String index;

        Kind(String folder, List<String> endings, boolean nested, String index) {
            this.folder = folder;
            this.endings = endings;
            this.nested = nested;
            this.index = index;
        }

        /** The folder of this kind inside a knowledge folder, e.g. rules. */
        public String folder() {
            return folder;
        }

        /** The resource inside the jar that lists the built-in files of this kind. */
        public String index() {
            return index;
        }

        boolean matches(Path file) {
            String name = file.getFileName().toString();
            return this == CATALOGUES ? endings.contains(name) : endings.stream().anyMatch(name::endsWith);
        }
    }

    /** The names of the catalogue files in rules/, the same in the built-in knowledge base and in a site folder. */
    public static final class Catalogue {
        public static final String READING = "reading.yaml";
        public static final String MESSAGES = "messages.yaml";
        public static final String CODES = "codes.yaml";
        public static final String EXAMPLES = "reading.examples.yaml";
        public static final String LEXICON = "lexicon.yaml";

        private Catalogue() {
        }

        /** Whether a catalogue file, named as {@link #read} or {@link #builtIn} name it, is the one called so. */
        public static boolean is(TextFile file, String name) {
            return file.path().equals(name) || file.path().endsWith("/" + name);
        }
    }

    private KnowledgeFiles() {
    }

    /** The files of a kind below a knowledge folder, sorted; none when its folder is missing. */
    public static List<Path> find(Path root, Kind kind) throws IOException {
        Path folder = root.resolve(kind.folder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = kind.nested ? Files.walk(folder) : Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(kind::matches).sorted().toList();
        }
    }

    /**
     * The files of a kind with their text, each named as the author knows it: the prefix (where the user pointed, or
     * nothing for the built-in folder) and its path inside the knowledge folder, such as mysite/rules/site.drl.
     */
    public static List<TextFile> read(Path root, Kind kind, String displayPrefix) throws IOException {
        List<TextFile> files = new ArrayList<>();
        for (Path file : find(root, kind)) {
            files.add(new TextFile(display(displayPrefix, relative(root, file)),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        return files;
    }

    /** The built-in files of a kind as packaged in the jar. */
    public static List<TextFile> builtIn(Kind kind) {
        return builtInPaths(kind).stream().map(path -> new TextFile(path, PackagedFile.read(path))).toList();
    }

    /** Where the built-in files of a kind are packaged in the jar, without reading them. */
    public static List<String> builtInPaths(Kind kind) {
        return kind == Kind.CATALOGUES
                ? kind.endings.stream().map(name -> kind.folder + "/" + name).filter(PackagedFile::exists).toList()
                : PackagedFile.index(kind.index);
    }

    /** The index of a kind for the jar, written by the build: the files' paths inside the folder, one a line. */
    public static String index(Path root, Kind kind) throws IOException {
        return find(root, kind).stream().map(file -> relative(root, file) + "\n").collect(Collectors.joining());
    }

    static String display(String prefix, String relative) {
        if (prefix.isEmpty()) {
            return relative;
        }
        return (prefix.endsWith("/") ? prefix : prefix + "/") + relative;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
