package io.signindoctor.model;

import java.util.List;

/**
 * Everything known about one case: its title (a ticket number, say), its facts in the order they were given, and
 * the facts nobody could find out (answered unknown), which are not asked for again.
 */
public record CaseFacts(String title, List<Fact> facts, List<String> unknown) {

    public CaseFacts {
        facts = List.copyOf(facts);
        unknown = List.copyOf(unknown);
    }

    public CaseFacts(String title, List<Fact> facts) {
        this(title, facts, List.of());
    }
}
