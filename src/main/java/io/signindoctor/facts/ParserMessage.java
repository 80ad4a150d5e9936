package io.signindoctor.facts;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A parser's complaint in words for the person who wrote the file: its first line, without the parser's own
 * bookkeeping (where it was reading from, which of its settings set a bound), which means nothing to them.
 */
public final class ParserMessage {

    private ParserMessage() {
    }

    public static String of(JsonProcessingException problem) {
        String message = String.valueOf(problem.getOriginalMessage()).lines().findFirst().orElse("syntax error");
        return message.replaceAll(",? ?from `StreamReadConstraints[^`]*`", "")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
                .replace("exceeds the maximum allowed (", "is more than the most this tool reads (")
                .strip();
    }
}
