package io.signindoctor.interview;

import io.signindoctor.model.Fact;
import java.util.Optional;

/** One step of the interview: the fact asked and the fact the answer became, empty when the answer was unknown. */
public record Answer(String factId, Optional<Fact> fact) {

    public boolean unknown() {
        return fact.isEmpty();
    }
}
