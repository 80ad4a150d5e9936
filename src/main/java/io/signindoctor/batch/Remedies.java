package io.signindoctor.batch;

import io.signindoctor.kb.Knowledge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The remedy steps of each cause, from its kb-docs page, looked up once per cause rather than once per incident,
 * and kept in the form each output writes them in.
 */
final class Remedies {

    private final Knowledge knowledge;
    private final Map<String, List<String>> steps = new HashMap<>();

    Remedies(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    List<String> of(String cause) {
        return steps.computeIfAbsent(cause, id -> knowledge.page(id).map(page -> page.remedySteps())
                .orElse(List.of()));
    }

    String title(String cause) {
        return knowledge.title(cause);
    }

    /** The cause's page in kb-docs/, or null when it has none. */
    String doc(String cause) {
        return knowledge.page(cause).map(page -> page.file()).orElse(null);
    }
}
