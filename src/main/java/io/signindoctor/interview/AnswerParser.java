package io.signindoctor.interview;

import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the engineer typed for one question into the canonical value a facts file would hold, or says what was
 * expected. A choice may also be given by its number; everything else is judged by the same {@link ValueChecker} as a
 * facts file, so an answer can never be a fact the facts file would refuse, and is refused in the same words.
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

    public Parsed parse(Vocabulary.Entry entry, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return Parsed.refused("type an answer, or unknown");
        }
        List<String> choices = entry.choices();
        boolean numbered = entry.type().equals("choice");
        if (numbered && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= choices.size()) {
                return Parsed.ok(choices.get(number - 1));
            }
        }
        ValueChecker.Checked checked = ValueChecker.check(entry.spec(), text);
        if (checked.isValid()) {
            return Parsed.ok(checked.value());
        }
        return Parsed.refused(checked.problem() + (numbered ? "; or give the number of a choice, 1 to " + choices.size()
                : ""));
    }
}
