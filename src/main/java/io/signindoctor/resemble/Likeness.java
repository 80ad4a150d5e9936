package io.signindoctor.resemble;

/**
 * How much a text resembles the tickets labelled with one cause, and the words of the text that weigh most for it.
 *
 * @param cause the cause id
 * @param probability the model's probability for the cause, rounded to {@link TextScorer#STEP}
 * @param field the text (a column, a file) the first of the words is in
 * @param line the line of that text the first word is on, from 0
 * @param words the words as written, strongest first
 */
public record Likeness(String cause, double probability, String field, int line, String words) {
}
