package io.signindoctor.cli;

import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.resemble.ResemblanceModel;
import java.io.PrintWriter;

/**
 * The one step every verb that takes a case runs before the rules: the case's texts (a facts file's text:, --text)
 * read into facts. The catalogues are loaded only when a case has a text, so a plain facts file starts no faster or
 * slower than before.
 */
final class CaseTexts {

    private CaseTexts() {
    }

    /** The reader of texts with this knowledge base's catalogues (a site folder's added), its notes going to err. */
    static CaseTextFacts reader(Knowledge knowledge, PrintWriter err) {
        return reader(knowledge::catalogue, knowledge.resemblance(), err);
    }

    private static CaseTextFacts reader(FactGatherer.Catalogues catalogues, ResemblanceModel resemblance,
            PrintWriter err) {
        try {
            return new CaseTextFacts(new TextExtractor(catalogues.read()), resemblance,
                    note -> err.println("text: " + note));
        } catch (InvalidInputException broken) {
            throw new KnowledgeBaseError(broken.getProblems());
        }
    }

    /** The case with the facts of its texts joined to its own; the case as it was when it has none. */
    static CaseFacts read(CaseFacts facts, Knowledge knowledge, PrintWriter err) {
        return facts.texts().isEmpty() ? facts : reader(knowledge, err).read(facts);
    }

    /**
     * The same with the built-in catalogues only, for verbs that load no knowledge base (gather), and so no rule that
     * would weigh a resemblance: none is read.
     */
    static CaseFacts read(CaseFacts facts, Vocabulary vocabulary, PrintWriter err) {
        return facts.texts().isEmpty() ? facts
                : reader(() -> PatternCatalog.builtIn(vocabulary), ResemblanceModel.EMPTY, err).read(facts);
    }
}
