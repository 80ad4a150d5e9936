package io.signindoctor.kb;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cause pages in force, by cause id: the built-in kb-docs/causes, plus those of any site-local folder. A built-in
 * page is read when it is first asked for: a diagnosis prints the few pages of the causes it found, and reading all
 * of them at every start cost more than the rest of the report. The build checks every built-in page and that each is
 * named after its cause (io.signindoctor.build.Precompiler), which is how one is found without reading the others.
 */
public final class CauseCatalog {

    private final Map<String, Supplier<CausePage>> pages;

    private CauseCatalog(Map<String, Supplier<CausePage>> pages) {
        this.pages = pages;
    }

    public static CauseCatalog builtIn() {
        Map<String, Supplier<CausePage>> pages = new LinkedHashMap<>();
        for (String file : KnowledgeFiles.builtInPaths(KnowledgeFiles.Kind.PAGES)) {
            pages.put(CausePage.causeNamedBy(file), new ReadOnce(file));
        }
        return new CauseCatalog(pages);
    }

    /** This catalog with the pages of a site added; a cause documented twice is an error. */
    public CauseCatalog with(List<TextFile> files) throws InvalidInputException {
        Map<String, Supplier<CausePage>> merged = new LinkedHashMap<>(pages);
        List<InputProblem> problems = new ArrayList<>();
        CausePageParser parser = new CausePageParser();
        for (TextFile file : files) {
            try {
                CausePage page = parser.parse(file.path(), file.text());
                Supplier<CausePage> earlier = merged.putIfAbsent(page.cause(), () -> page);
                if (earlier != null) {
                    problems.add(new InputProblem(file.path(), 2, 0, CausePage.CAUSE,
                            page.cause() + " is already documented by " + earlier.get().file()));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CauseCatalog(merged);
    }

    public Optional<CausePage> find(String cause) {
        Supplier<CausePage> page = pages.get(cause);
        return page == null ? Optional.empty() : Optional.of(page.get());
    }

    public Collection<CausePage> pages() {
        return pages.values().stream().map(Supplier::get).toList();
    }

    /** A built-in page, read from the jar the first time it is wanted and kept; a malformed one is a broken build. */
    private static final class ReadOnce implements Supplier<CausePage> {

        private final String file;
        private CausePage page;

        ReadOnce(String file) {
            this.file = file;
        }

        @Override
        public synchronized CausePage get() {
            if (page == null) {
                try {
                    page = new CausePageParser().parse(file, PackagedFile.read(file));
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("a built-in cause page is malformed: " + e.getMessage(), e);
                }
            }
            return page;
        }
    }
}
