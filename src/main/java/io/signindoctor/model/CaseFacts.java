package io.signindoctor.model;

import java.util.List;

/**
 * Everything known about one case: its title (a ticket number, say), its facts in the order they were given, the
 * facts nobody could find out (answered unknown), which are not asked for again, and the texts written about it,
 * whose facts are read into {@code facts} by the extraction engine.
 */
public record CaseFacts(String title, List<Fact> facts, List<String> unknown, List<CaseText> texts) {

    public CaseFacts {
        facts = List.copyOf(facts);
        unknown = List.copyOf(unknown);
        texts = List.copyOf(texts);
    }

    public CaseFacts(String title, List<Fact> facts, List<String> unknown) {
        this(title, facts, unknown, List.of());
    }

    public CaseFacts(String title, List<Fact> facts) {
        this(title, facts, List.of(), List.of());
    }

    /** The same case with other facts, keeping its title, unknowns and texts. */
    public CaseFacts withFacts(List<Fact> replaced) {
        return new CaseFacts(title, replaced, unknown, texts);
    }
}
