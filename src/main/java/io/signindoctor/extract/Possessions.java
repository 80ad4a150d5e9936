package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's thing named by its owner (rules/reading.yaml's possessions): users tell who works where by whose computer
 * or account they used ("when I log into Karen's computer it works", "Hassan's PC is fine"), and the owner's name is a
 * word no catalogue can list. A capitalised possessive just before one of the listed things is read as the word
 * read-as ("another"), so "Karen's computer" reads like "another computer" and every reading about another computer
 * takes it. Only before a listed thing, since a company's or product's possessive ("Contoso's name", "Microsoft's
 * certificate") says nothing of the kind.
 */
record Possessions(String readAs, Set<String> things) {

    static final Possessions NONE = new Possessions(null, Set.of());

    Possessions {
        things = WordSet.of(things);
    }

    /** These possessions and those a later reading file adds (a site's catalogue extends the built-in one). */
    Possessions with(JsonNode reading) {
        JsonNode node = reading.path("possessions");
        if (node.isMissingNode()) {
            return this;
        }
        Set<String> all = new HashSet<>(things);
        node.path("things").forEach(thing -> all.add(Stems.of(thing.asText().toLowerCase(Locale.ROOT))));
        String word = node.path("read-as").asText(readAs == null ? "" : readAs);
        return new Possessions(word.isEmpty() ? null : Stems.of(word.toLowerCase(Locale.ROOT)), all);
    }

    /**
     * Whether the token is a name's possessive standing before a listed thing: a word written with a capital and
     * ending in 's (which the lexer leaves out of the word, not out of its span), whose next word's stem is one of the
     * things.
     */
    boolean owns(NormalisedText text, List<Token> tokens, int token, String nextStem) {
        Token word = tokens.get(token);
        int end = word.end();
        return end - word.start() > 2 && text.charAt(end - 1) == 's' && text.charAt(end - 2) == '\'' && readAs != null
                && word.kind() == ValueKind.WORD && nextStem != null && things.contains(nextStem)
                && Character.isUpperCase(text.originalChar(word.start()));
    }
}
