package io.signindoctor.artifacts;

import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsMapper;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.Source;
import io.signindoctor.resemble.ResemblanceFacts;
import io.signindoctor.resemble.ResemblanceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the texts of a case (a facts file's {@code text:}, diagnose --text, a ticket pasted into the interview or the
 * web page) with the one extraction engine, and joins what they state to the facts written out. A written fact is
 * one somebody checked, so where a text says otherwise the written fact wins, and its source notes what it overrode:
 * the evidence then shows both. Each fact read cites the text's file, the line its words are on and the words. These
 * texts are tickets, so each is also compared with the labelled tickets the resemblance model was trained on.
 */
public final class CaseTextFacts {

    private final TextExtractor extractor;
    private final ResemblanceFacts resemblance;
    private final Consumer<String> notes;

    public CaseTextFacts(TextExtractor extractor, ResemblanceModel resemblance, Consumer<String> notes) {
        this.extractor = extractor;
        this.resemblance = new ResemblanceFacts(resemblance);
        this.notes = notes;
    }

    /** The case with the facts of every one of its texts joined to its own. */
    public CaseFacts read(CaseFacts facts) {
        List<Fact> all = new ArrayList<>(facts.facts());
        facts.texts().forEach(text -> join(all, text));
        return facts.withFacts(all);
    }

    /** The case with one more text, and the facts it states joined to those already known. */
    public CaseFacts add(CaseFacts facts, CaseText text) {
        List<Fact> all = new ArrayList<>(facts.facts());
        join(all, text);
        List<CaseText> texts = new ArrayList<>(facts.texts());
        texts.add(text);
        return new CaseFacts(facts.title(), all, facts.unknown(), texts);
    }

    private void join(List<Fact> all, CaseText text) {
        Set<String> seen = new HashSet<>();
        all.forEach(fact -> seen.add(fact.describe()));
        List<Extracted> found = new ArrayList<>();
        Source source = Source.text(text.where(), text.line());
        extractor.extract(text.where(), text.content(), source, found, seen);
        resemblance.clear();
        resemblance.read(text.where(), text.content());
        resemblance.addTo(source, found);
        if (found.isEmpty()) {
            notes.accept("nothing recognised in " + text.where());
        }
        for (Extracted extracted : found) {
            Fact fact = extracted.fact();
            int earlier = fact instanceof NamedValue value ? indexOfSame(all, value) : -1;
            if (earlier < 0) {
                all.add(fact);
            } else if (all.get(earlier).getSource().kind() == Source.Kind.TEXT) {
                notes.accept(fact.getSource() + ": " + fact.describe() + " differs from " + all.get(earlier)
                        + "; the first is kept");
            } else {
                all.set(earlier, overriding((NamedValue) all.get(earlier), fact));
            }
        }
    }

    private static int indexOfSame(List<Fact> facts, NamedValue value) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof NamedValue other && other.getId().equals(value.getId())) {
                return i;
            }
        }
        return -1;
    }

    /** The written fact, its source noting the text's fact it overrode. */
    private NamedValue overriding(NamedValue written, Fact read) {
        String overrode = "overrides " + read.describe() + " read from the " + read.getSource();
        notes.accept(written.getSource() + ": " + written.describe() + " " + overrode);
        Source source = written.getSource();
        String note = source.note() == null ? overrode : source.note() + "; " + overrode;
        return (NamedValue) FactsMapper.scalar(written.getGroup(), written.getName(), written.getValue(),
                source.noting(note));
    }
}
