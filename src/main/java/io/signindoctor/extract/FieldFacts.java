package io.signindoctor.extract;

import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts one text states, read on its own: each fact once, at the token where the text first mentions it, with
 * the line it stands on counted from the text's first line. How a text reads does not depend on the rest of its
 * incident; only which of its facts are new to the incident, and which value of a first-mention setting comes first,
 * depend on the fields before it, and {@link #addTo} settles both. Keeping the reading apart from that lets a text
 * that recurs be read once and its facts given to every incident that holds it (see {@link RecentTexts}).
 */
final class FieldFacts {

    /**
     * One fact the text states, and how to make it again for the same words at another place: a fact remembers the
     * line it was read on, and an incident's text starts on a line of its own.
     */
    private static final class Stated {
        private Fact fact;
        private final Function<Source, Fact> maker;
        private final String description;
        private final String patternId;
        private final String words;
        private final Double similarity;
        private final int line;
        private int position;

        private Stated(Fact fact, Function<Source, Fact> maker, String patternId, String words, Double similarity,
                int line, int position) {
            this.fact = fact;
            this.maker = maker;
            this.description = fact.describe();
            this.patternId = patternId;
            this.words = words;
            this.similarity = similarity;
            this.line = line;
            this.position = position;
        }
    }

    /** Where the text was read from, which the facts made while reading it cite; null once they are let go. */
    private Source source;
    private final ArrayList<Stated> stated = new ArrayList<>();
    /** The facts by description while the text is read; null once it is kept for later (see {@link #keepLean}). */
    private Map<String, Stated> byDescription = new HashMap<>();

    FieldFacts(Source source) {
        this.source = source;
    }

    /** Whether the text already stated a fact with this description. */
    boolean has(String description) {
        return byDescription.containsKey(description);
    }

    /**
     * Keeps a fact the text states at a token on a line (counted from the text's first line); the maker makes the
     * same fact citing another place. A fact the text stated before stays once, at the earlier of its mentions.
     */
    void state(Fact fact, Function<Source, Fact> maker, String patternId, String words, Double similarity, int line,
            int position) {
        Stated fresh = new Stated(fact, maker, patternId, words, similarity, line, position);
        if (byDescription.putIfAbsent(fresh.description, fresh) == null) {
            stated.add(fresh);
        } else {
            mentionedAgain(fresh.description, position);
        }
    }

    /**
     * Moves a fact this text already gave back to an earlier mention of it: readings run one after another, so a
     * later reading may find a fact a sentence before where an earlier one found it, and which value of a setting
     * the text names first (FirstMentions) depends on where each value is first said.
     */
    void mentionedAgain(String description, int position) {
        Stated earlier = byDescription.get(description);
        if (earlier != null && position < earlier.position) {
            earlier.position = position;
        }
    }

    /**
     * Adds to found the facts new to the incident (seen holds the descriptions of those it has, and is updated), as
     * read from a field whose text starts at the given place, then keeps of each first-mention setting's values the
     * one named first (FirstMentions). The result is what reading the text with found and seen in hand gives: a fact
     * the incident already has is one that reading would have left out wherever the text names it, and the facts
     * left keep their order and their first mentions.
     */
    void addTo(String field, Source at, List<Extracted> found, Set<String> seen, Map<String, String> firstMentionWins) {
        int first = found.size();
        int[] positions = new int[stated.size()];
        for (Stated fact : stated) {
            if (seen.add(fact.description)) {
                Fact placed = at == source ? fact.fact
                        : fact.maker.apply(placed(at, fact.line).citing(fact.words));
                positions[found.size() - first] = fact.position;
                found.add(new Extracted(placed, fact.patternId, field, fact.words, fact.similarity));
            }
        }
        FirstMentions.keep(found, first, positions, firstMentionWins, seen);
    }

    /**
     * Lets go of what only the reading and the incident it was read for needed, the facts made for that incident among
     * them, so that a text kept for later holds no more than it takes to state its facts again.
     */
    void keepLean() {
        byDescription = null;
        source = null;
        stated.forEach(fact -> fact.fact = null);
        stated.trimToSize();
    }

    /** The place of a line of a text that starts at the given place (which names no line for some kinds of input). */
    static Source placed(Source start, int line) {
        return start.line() <= 0 ? start : new Source(start.kind(), start.where(), start.line() + line);
    }
}
