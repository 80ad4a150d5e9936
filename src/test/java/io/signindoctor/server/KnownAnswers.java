package io.signindoctor.server;

import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.NamedValue;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An engineer who knows the single-value facts of one example file and answers those; anything else is unknown. */
final class KnownAnswers {

    private final Map<String, String> values;

    KnownAnswers(String example) throws Exception {
        this.values = new FactsFileLoader(Knowledge.builtIn().schema()).load(Path.of(example)).facts().stream()
                .filter(NamedValue.class::isInstance).map(NamedValue.class::cast)
                .collect(Collectors.toMap(NamedValue::getId, NamedValue::getValue, (first, second) -> first));
    }

    Optional<String> answer(String fact) {
        return Optional.ofNullable(values.get(fact));
    }
}
