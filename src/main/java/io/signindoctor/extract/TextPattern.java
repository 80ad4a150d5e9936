package io.signindoctor.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the extraction catalog: cheap keywords that must appear before the regex is tried, the regex, and
 * the facts it states. Keywords come first because most incidents mention few of the things the catalog knows.
 */
record TextPattern(String id, String name, List<String> keywords, Pattern regex, List<FactTemplate> facts) {

    TextPattern {
        keywords = List.copyOf(keywords);
        facts = List.copyOf(facts);
    }

    /** Whether the text, already in lower case, mentions any keyword. */
    boolean mayMatch(String lowerCaseText) {
        for (String keyword : keywords) {
            if (lowerCaseText.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
