package io.signindoctor.kb;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The cause pages in force, by cause id: the built-in kb-docs/causes, plus those of any site-local folder. */
public final class CauseCatalog {

    /** Lists the built-in cause pages inside the jar; written by the build. */
    public static final String BUILT_IN_INDEX = "META-INF/signin-doctor/cause-pages.txt";

    private final Map<String, CausePage> pages;

    private CauseCatalog(Map<String, CausePage> pages) {
        this.pages = pages;
    }

    public static CauseCatalog builtIn() {
        CausePageParser parser = new CausePageParser();
        Map<String, CausePage> pages = new LinkedHashMap<>();
        try {
            for (String path : PackagedFile.index(BUILT_IN_INDEX)) {
                CausePage page = parser.parse(path, PackagedFile.read(path));
                pages.put(page.cause(), page);
            }
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a built-in cause page is malformed: " + e.getMessage(), e);
        }
        return new CauseCatalog(pages);
    }

    /** This catalog with the pages of a folder added; a cause documented twice is an error. */
    public CauseCatalog with(Path causesFolder, String displayPrefix) throws InvalidInputException {
        Map<String, CausePage> merged = new LinkedHashMap<>(pages);
        List<InputProblem> problems = new ArrayList<>();
        CausePageParser parser = new CausePageParser();
        for (Path file : markdownFiles(causesFolder)) {
            String display = displayPrefix + "/" + causesFolder.relativize(file).toString().replace('\\', '/');
            try {
                CausePage page = parser.parse(display, Files.readString(file, StandardCharsets.UTF_8));
                CausePage earlier = merged.putIfAbsent(page.cause(), page);
                if (earlier != null) {
                    problems.add(new InputProblem(display, 2, 0, CausePage.CAUSE,
                            page.cause() + " is already documented by " + earlier.file()));
                }
            } catch (IOException e) {
                problems.add(new InputProblem(display, 0, 0, "", "cannot read: " + e.getMessage()));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CauseCatalog(merged);
    }

    private static List<Path> markdownFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public Optional<CausePage> find(String cause) {
        return Optional.ofNullable(pages.get(cause));
    }

    public Collection<CausePage> pages() {
        return pages.values();
    }
}
