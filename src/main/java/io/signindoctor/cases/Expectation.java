package io.signindoctor.cases;

import java.util.List;
import java.util.Optional;

/**
 * What a rule case says must follow from its facts. Every part is optional; a case checks only what it states.
 * {@code top} is empty when not stated, and holds an empty Optional inside when the case says no cause is shown.
 */
public record Expectation(Optional<Optional<String>> top, Optional<List<String>> causes, List<String> notCauses,
        Optional<List<String>> advisories, List<String> asks, List<String> fires, List<String> silent) {
}
