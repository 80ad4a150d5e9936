package io.signindoctor.engine;

import io.signindoctor.model.Fact;
import java.util.List;

/** One firing of one rule: what it matched and what it concluded. The sequence of firings is the HOW of a diagnosis. */
public record RuleFiring(int order, String ruleId, String ruleName, List<Fact> matched, List<Object> concluded) {
}
