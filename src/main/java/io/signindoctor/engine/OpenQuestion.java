package io.signindoctor.engine;

import io.signindoctor.model.Need;
import java.util.List;

/**
 * A fact not yet known that rules say would help: the vocabulary id, the causes it bears on and the needs that
 * raised it. The report lists these as what to check next; the interview asks them.
 */
public record OpenQuestion(String fact, List<String> causes, List<Need> raisedBy) {

    public OpenQuestion {
        causes = List.copyOf(causes);
        raisedBy = List.copyOf(raisedBy);
    }
}
