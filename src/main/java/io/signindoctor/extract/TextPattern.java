package io.signindoctor.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the extraction catalog: cheap keywords that must appear before the regex is tried, the regex, and
 * the facts it states. Keywords come first because most incidents mention few of the things the catalog knows, and
 * a match starts where a keyword does, which spares the regex the rest of the text.
 */
record TextPattern(String id, String name, List<String> keywords, Pattern regex, List<FactTemplate> facts) {

    TextPattern {
        keywords = List.copyOf(keywords);
        facts = List.copyOf(facts);
    }
}
