package io.signindoctor.authoring;

import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.cases.CaseFileReader;
import io.signindoctor.cases.RuleCase;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The cases of every layer, read against the vocabulary in force (a site's cases may use its own additions). */
public record CaseFiles(List<RuleCase> cases, List<InputProblem> problems) {

    public static CaseFiles read(List<KnowledgeLayer> layers, FactsSchema schema) {
        CaseFileReader reader = new CaseFileReader(FactsSchema.casesValidator(), new FactsFileLoader(schema));
        List<RuleCase> cases = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (KnowledgeLayer layer : layers) {
            for (TextFile file : layer.caseFiles()) {
                try {
                    cases.addAll(reader.read(file.path(), file.text()));
                } catch (InvalidInputException e) {
                    problems.addAll(e.getProblems());
                }
            }
        }
        return new CaseFiles(List.copyOf(cases), List.copyOf(problems));
    }
}
