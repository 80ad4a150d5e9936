package io.signindoctor.report;

import io.signindoctor.model.DerivedFact;
import io.signindoctor.model.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact as evidence, with the facts it was derived from beneath it, down to what the engineer supplied. Both
 * reports walk this tree, so text and JSON always show the same chain.
 */
public record EvidenceLine(Fact fact, List<EvidenceLine> basis) {

    public static List<EvidenceLine> of(List<Fact> facts) {
        List<EvidenceLine> lines = new ArrayList<>();
        for (Fact fact : facts) {
            lines.add(new EvidenceLine(fact, fact instanceof DerivedFact derived ? of(derived.getBasis()) : List.of()));
        }
        return lines;
    }
}
