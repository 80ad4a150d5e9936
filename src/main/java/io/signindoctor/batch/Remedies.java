package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.kb.Knowledge;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The remedy steps of each cause, from its kb-docs page, looked up once per cause rather than once per incident,
 * and kept in the form each output writes them in.
 */
final class Remedies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Knowledge knowledge;
    private final Map<String, List<String>> steps = new HashMap<>();
    private final Map<String, String> json = new HashMap<>();

    Remedies(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    List<String> of(String cause) {
        return steps.computeIfAbsent(cause, id -> knowledge.page(id).map(page -> page.remedySteps())
                .orElse(List.of()));
    }

    /** The steps as a JSON array, serialised once per cause rather than escaped again for every incident. */
    String json(String cause) {
        return json.computeIfAbsent(cause, id -> {
            try {
                return JSON.writeValueAsString(of(id));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String title(String cause) {
        return knowledge.title(cause);
    }

    /** The cause's page in kb-docs/, or null when it has none. */
    String doc(String cause) {
        return knowledge.page(cause).map(page -> page.file()).orElse(null);
    }
}
