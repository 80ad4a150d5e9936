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

    public boolean isAdvisory() {
        return ADVISORY.equals(kind);
    }
}
