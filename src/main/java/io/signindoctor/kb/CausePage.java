package io.signindoctor.kb;

import java.util.List;
import java.util.Map;

/**
 * One kb-docs page: a cause (or advisory) in our own words. The report prints its title and remedy steps, so the
 * page an engineer reads and the remedy the tool prints can never disagree.
 */
public record CausePage(String cause, String kind, String title, String reference, String file,
        Map<String, String> sections, List<String> remedySteps) {

    public static final String CAUSE = "cause";
    public static final String ADVISORY = "advisory";
    public static final String REMEDY = "Remedy";

    public CausePage {
        sections = Map.copyOf(sections);
        remedySteps = List.copyOf(remedySteps);
    }

    /**
     * The cause a built-in page documents, from its file name (kb-docs/causes/ID.md): the build requires the two to
     * agree, so a built-in page is found without reading the others.
     */
    public static String causeNamedBy(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
    }

    public boolean isAdvisory() {
        return ADVISORY.equals(kind);
    }
}
