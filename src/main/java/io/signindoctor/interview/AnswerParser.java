package io.signindoctor.interview;

import io.signindoctor.facts.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what the engineer typed for one question into the canonical value a facts file would hold, or says what was
 * expected. Choices are taken by number or by value, yes/no in the usual spellings, numbers within the schema's
 * bounds, and text against the schema's pattern, so an answer can never be a fact the facts file would refuse.
 */
public final class AnswerParser {

    /** Either a canonical value or the reason the text is not an answer. */
    public record Parsed(Optional<String> value, String problem) {

        static Parsed ok(String value) {
            return new Parsed(Optional.of(value), "");
        }

        static Parsed refused(String problem) {
            return new Parsed(Optional.empty(), problem);
        }
    }

    private static final List<String> YES = List.of("y", "yes", "true");
    private static final List<String> NO = List.of("n", "no", "false");

    public Parsed parse(Vocabulary.Entry entry, String typed) {
        String text = typed.trim();
        if (text.isEmpty()) {
            return Parsed.refused("type an answer, or unknown");
        }
        return switch (entry.type()) {
            case "choice" -> choice(entry, text);
            case "boolean" -> yesNo(text);
            case "integer" -> integer(entry, text);
            case "number-or-text" -> text.chars().allMatch(Character::isDigit) ? integer(entry, text)
                    : patterned(entry, text);
            default -> patterned(entry, text);
        };
    }

    private static Parsed choice(Vocabulary.Entry entry, String text) {
        List<String> choices = entry.choices();
        if (text.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(text.length() > 6 ? "0" : text);
            if (number >= 1 && number <= choices.size()) {
                return Parsed.ok(choices.get(number - 1));
            }
        }
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(text)) {
                return Parsed.ok(choice);
            }
        }
        return Parsed.refused("answer with a number from 1 to " + choices.size() + ", or one of: "
                + String.join(", ", choices));
    }

    private static Parsed yesNo(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return Parsed.ok("true");
        }
        if (NO.contains(lower)) {
            return Parsed.ok("false");
        }
        return Parsed.refused("answer yes or no");
    }

    private static Parsed integer(Vocabulary.Entry entry, String text) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return Parsed.refused("answer with a whole number");
        }
        if ((entry.minimum() != null && value < entry.minimum())
                || (entry.maximum() != null && value > entry.maximum())) {
            return Parsed.refused("answer with a number from " + entry.minimum() + " to " + entry.maximum());
        }
        return Parsed.ok(Long.toString(value));
    }

    private static Parsed patterned(Vocabulary.Entry entry, String text) {
        if (entry.pattern() != null && !Pattern.compile(entry.pattern()).matcher(text).find()) {
            return Parsed.refused("expected " + (entry.description() == null ? "text matching " + entry.pattern()
                    : entry.description()));
        }
        return Parsed.ok(text);
    }
}
