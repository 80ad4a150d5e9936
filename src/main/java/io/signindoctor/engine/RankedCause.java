package io.signindoctor.engine;

import io.signindoctor.model.Support;
import java.util.List;

/** A cause with its combined confidence and every rule vote for and against it. */
public record RankedCause(String cause, double confidence, List<Support> supports) {

    public RankedCause {
        supports = List.copyOf(supports);
    }

    public List<Support> supporting() {
        return supports.stream().filter(support -> !support.isAgainst()).toList();
    }

    public List<Support> against() {
        return supports.stream().filter(Support::isAgainst).toList();
    }
}
