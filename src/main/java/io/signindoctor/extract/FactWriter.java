package io.signindoctor.extract;

import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes the facts a reading of a text finds, from the words and values of that text: the reading decides which
 * templates state what, at which tokens; this class fills the templates with the values as written, cites the words
 * and the line, and keeps each fact once (in {@link FieldFacts}). Apart from the reading so that the same steps, kept
 * as {@link FactSteps}, can make the facts of another text of the same shape without reading it again (see
 * {@link TextShapes}): every value and word a fact holds is taken here, from the text at hand, never from the text
 * the steps were first taken on.
 */
final class FactWriter {

    private final NormalisedText text;
    private final List<Token> tokens;
    private final Source source;
    private final FieldFacts facts;
    /** The steps taken, kept to be taken again on a text of the same shape; null when they are not kept. */
    private final FactSteps.Builder steps;

    FactWriter(NormalisedText text, List<Token> tokens, Source source, FactSteps.Builder steps) {
        this.text = text;
        this.tokens = tokens;
        this.source = source;
        this.facts = new FieldFacts(source);
        this.steps = steps;
    }

    FieldFacts facts() {
        return facts;
    }

    /**
     * States the facts of templates with the values a binding takes from the text, citing the words from one token to
     * another; a fact whose description the text stated already moves to this mention if it is the earlier one.
     */
    void emit(List<FactTemplate> templates, Binding binding, String id, int first, int last, Double similarity) {
        if (steps != null) {
            steps.emit(templates, binding, id, first, last, similarity);
        }
        Source at = null;
        String words = null;
        /* The bindings as a map as small as they are: a remembered text keeps them to make its facts again. */
        Map<String, String> kept = null;
        for (FactTemplate template : templates) {
            if (template.literalDescription() != null && facts.has(template.literalDescription())) {
                facts.mentionedAgain(template.literalDescription(), first);
                continue;
            }
            if (words == null) {
                words = words(first, last);
                at = sourceAt(first).citing(words);
            }
            String cited = words;
            kept = kept == null ? Map.copyOf(binding.values(this)) : kept;
            Map<String, String> values = kept;
            Function<Source, Fact> maker = place -> template.create(values::get, cited, place);
            Fact fact = maker.apply(at);
            if (fact != null) {
                add(fact, maker, id, words, similarity, first);
            }
        }
    }

    /** States the error event a code names, written alone at a token ("10061", "0x80090302"). */
    void code(int token, ErrorCode code) {
        if (steps != null) {
            steps.code(token, code);
        }
        String shown = code.codeType().equals(Schema.Events.CodeType.HRESULT)
                ? "0x" + Long.toHexString(code.from())
                : Long.toString(code.from());
        String words = words(token, token);
        Function<Source, Fact> maker = place -> ClientEvent.of(Schema.Events.Kind.ERROR, place)
                .codeType(code.codeType()).code((int) code.from()).text(words).build();
        add(maker.apply(sourceAt(token).citing(words)), maker, "codes " + shown, words, null, token);
    }

    private void add(Fact fact, Function<Source, Fact> maker, String id, String words, Double similarity, int at) {
        facts.state(fact, maker, id, words, similarity, lineOf(at), at);
    }

    /** The token at a place of the text. */
    Token token(int index) {
        return tokens.get(index);
    }

    /** A value as it was written (a path or a NetBIOS name keeps its capitals), without a sip: before a host. */
    String written(int token) {
        Token value = tokens.get(token);
        String original = text.originalSpan(value.start(), value.end());
        if (value.kind() == ValueKind.AT_DOMAIN) {
            return original.substring(1);
        }
        return value.kind().isHost() && original.regionMatches(true, 0, "sip:", 0, 4) ? original.substring(4) : original;
    }

    /** The line a token stands on, counted from the text's first line. */
    private int lineOf(int token) {
        return text.lineOf(tokens.get(token).start());
    }

    private Source sourceAt(int token) {
        return FieldFacts.placed(source, lineOf(token));
    }

    /** The words as written from one token to another, on one line, shortened if very long. */
    private String words(int first, int last) {
        int start = tokens.get(first).start();
        /* The span's characters, with its runs of white space made one space in place. */
        char[] words = text.originalSpan(start, Math.min(tokens.get(last).end(), start + 600)).toCharArray();
        int length = 0;
        for (int i = 0; i < words.length; i++) {
            char c = words[i];
            boolean space = Character.isWhitespace(c);
            if (!space || length > 0 && words[length - 1] != ' ') {
                words[length++] = space ? ' ' : c;
            }
        }
        if (length > 0 && words[length - 1] == ' ') {
            length--;
        }
        String collapsed = new String(words, 0, length);
        return collapsed.length() > 300 ? collapsed.substring(0, 297) + "..." : collapsed;
    }
}
