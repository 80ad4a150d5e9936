package io.signindoctor.engine;

/**
 * A cause and its combined confidence, without the votes behind it: what a batch keeps of a ranking. A verdict may be
 * reused for another incident with the same observations, so it must not carry one incident's evidence.
 */
public record CauseScore(String cause, double confidence) {
}
