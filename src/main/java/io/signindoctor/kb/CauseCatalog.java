package io.signindoctor.kb;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cause pages in force, by cause id: the built-in kb-docs/causes, plus those of any site-local folder. */
public final class CauseCatalog {

    private final Map<String, CausePage> pages;

    private CauseCatalog(Map<String, CausePage> pages) {
        this.pages = pages;
    }

    public static CauseCatalog builtIn() {
        CausePageParser parser = new CausePageParser();
        Map<String, CausePage> pages = new LinkedHashMap<>();
        try {
            for (TextFile file : KnowledgeFiles.builtIn(KnowledgeFiles.Kind.PAGES)) {
                CausePage page = parser.parse(file.path(), file.text());
                pages.put(page.cause(), page);
            }
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a built-in cause page is malformed: " + e.getMessage(), e);
        }
        return new CauseCatalog(pages);
    }

    /** This catalog with the pages of a site added; a cause documented twice is an error. */
    public CauseCatalog with(List<TextFile> files) throws InvalidInputException {
        Map<String, CausePage> merged = new LinkedHashMap<>(pages);
        List<InputProblem> problems = new ArrayList<>();
        CausePageParser parser = new CausePageParser();
        for (TextFile file : files) {
            try {
                CausePage page = parser.parse(file.path(), file.text());
                CausePage earlier = merged.putIfAbsent(page.cause(), page);
                if (earlier != null) {
                    problems.add(new InputProblem(file.path(), 2, 0, CausePage.CAUSE,
                            page.cause() + " is already documented by " + earlier.file()));
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
        return Optional.ofNullable(pages.get(cause));
    }

    public Collection<CausePage> pages() {
        return pages.values();
    }
}
