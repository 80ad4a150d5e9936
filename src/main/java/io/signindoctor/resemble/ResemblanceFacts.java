package io.signindoctor.resemble;

import io.signindoctor.extract.Extracted;
import io.signindoctor.model.Source;
import io.signindoctor.model.TextResemblance;
import java.util.List;

/**
 * The resemblance facts of one case's ticket text: the case's texts are read into a {@link TextScorer}, and each
 * cause they resemble at or above the model's floor becomes a {@link TextResemblance} citing its strongest words, the
 * way the extraction engine's facts cite theirs. Not thread-safe: one per thread, reused from case to case.
 */
public final class ResemblanceFacts {

    private final TextScorer scorer;

    public ResemblanceFacts(ResemblanceModel model) {
        this.scorer = model.scorer();
    }

    /** Forgets the texts of the case before. */
    public void clear() {
        scorer.clear();
    }

    /** One more text of the case (a text column, a ticket). */
    public void read(String field, CharSequence text) {
        scorer.read(field, text);
    }

    /**
     * Adds a fact per cause the texts read resemble, each citing the line its first word is on, counted from the line
     * of source (where the texts start).
     */
    public void addTo(Source source, List<Extracted> found) {
        for (Likeness likeness : scorer.likenesses()) {
            Source at = source.line() > 0
                    ? new Source(source.kind(), source.where(), source.line() + likeness.line()) : source;
            TextResemblance fact = new TextResemblance(likeness.cause(), likeness.probability(),
                    at.citing(likeness.words()));
            found.add(new Extracted(fact, null, likeness.field(), likeness.words()));
        }
    }
}
