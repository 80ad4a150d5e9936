package io.signindoctor.model;

import java.util.List;

/** Everything known about one case: its title (a ticket number, say) and its facts, in the order they were given. */
public record CaseFacts(String title, List<Fact> facts) {

    public CaseFacts {
        facts = List.copyOf(facts);
    }
}
