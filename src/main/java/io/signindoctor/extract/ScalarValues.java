package io.signindoctor.extract;

import io.signindoctor.facts.Vocabulary;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Brings a value written in free text or an export column into the form the vocabulary allows for a single-value
 * fact ("tcp" becomes TCP, "Yes" becomes true), or says what was expected. A facts file is checked by the schema;
 * values from elsewhere must pass the same bar before they become facts, or rules would see values no case file has.
 */
public final class ScalarValues {

    /** The outcome: the canonical value, or a message saying what was expected. */
    public record Checked(String value, String problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    private final Vocabulary vocabulary;
    private final Map<String, Pattern> patterns = new HashMap<>();

    public ScalarValues(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            if (entry.pattern() != null) {
                patterns.put(entry.id(), Pattern.compile(entry.pattern()));
            }
        }
    }

    public Optional<Vocabulary.Entry> find(String factId) {
        return vocabulary.find(factId);
    }

    /** The vocabulary's ids, for messages that name a fact nobody has defined. */
    public String knownIds() {
        return String.join(", ", vocabulary.entries().stream().map(Vocabulary.Entry::id).toList());
    }

    public Checked check(Vocabulary.Entry entry, String raw) {
        String text = raw.strip();
        switch (entry.type()) {
            case "boolean" -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("yes")) {
                    return new Checked("true", null);
                }
                if (lower.equals("false") || lower.equals("no")) {
                    return new Checked("false", null);
                }
                return invalid("true or false", text);
            }
            case "integer" -> {
                try {
                    return new Checked(Long.toString(Long.parseLong(text)), null);
                } catch (NumberFormatException notANumber) {
                    return invalid("a whole number", text);
                }
            }
            case "choice" -> {
                for (String choice : entry.choices()) {
                    if (choice.equalsIgnoreCase(text)) {
                        return new Checked(choice, null);
                    }
                }
                return invalid("one of: " + String.join(", ", entry.choices()), text);
            }
            default -> {
                Pattern pattern = patterns.get(entry.id());
                if (text.isEmpty() || pattern != null && !pattern.matcher(text).find()) {
                    return invalid(pattern == null ? "some text" : "text matching " + pattern.pattern(), text);
                }
                return new Checked(text, null);
            }
        }
    }

    private static Checked invalid(String expected, String got) {
        return new Checked(null, "expected " + expected + "; got \"" + got + "\"");
    }
}
