package io.signindoctor.kbfiles;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of one DRL file and the path an author knows it by (rules/manual-config.drl), used in every message. */
public record RuleSource(String path, String text) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    public Optional<String> packageName() {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The line of the package statement, counted from 1; 1 when there is none. */
    public int packageLine() {
        Matcher matcher = PACKAGE.matcher(text);
        if (!matcher.find()) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < matcher.start(1); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The file name without folders, e.g. manual-config.drl. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
