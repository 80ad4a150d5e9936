package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.model.ErrorMeaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The error-code catalogue (rules/codes.yaml) as the rules consult it: which signs a code is evidence for. A rule
 * derives an ErrorMeaning from every error event through {@link #signs}, so an event from a facts file, a log or a
 * ticket weighs the same, and the numbers live in the catalogue alone. Read once per process from the packaged
 * catalogue and immutable afterwards; the rules call a pure lookup.
 */
public final class ErrorCodes {

    private static final class Holder {
        static final List<ErrorCode> CODES = load();
    }

    private ErrorCodes() {
    }

    /** The signs the catalogue lists for a code of an error event (an HRESULT as its 32 bits); empty if none. */
    public static List<String> signs(String codeType, Integer code) {
        if (code == null) {
            return List.of();
        }
        String type = ErrorMeaning.numbering(codeType);
        long value = ErrorMeaning.value(type, code);
        List<String> signs = new ArrayList<>();
        for (ErrorCode known : Holder.CODES) {
            if (known.covers(type, value)) {
                signs.addAll(known.signs());
            }
        }
        return signs;
    }

    private static List<ErrorCode> load() {
        List<InputProblem> problems = new ArrayList<>();
        LocatedDocument document = PatternCatalog.document(PatternCatalog.CODES,
                Map.of(PatternCatalog.CODES, PackagedFile.read(PatternCatalog.CODES)), problems);
        List<ErrorCode> codes = document == null ? List.of() : entries(document, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(new InvalidInputException(problems).getMessage());
        }
        return codes;
    }

    static List<ErrorCode> entries(LocatedDocument document, List<InputProblem> problems) {
        List<ErrorCode> codes = new ArrayList<>();
        JsonNode items = document.root().get("codes");
        for (int i = 0; i < items.size(); i++) {
            code(document, "/codes/" + i, problems).ifPresent(codes::add);
        }
        return codes;
    }

    private static Optional<ErrorCode> code(LocatedDocument document, String pointer, List<InputProblem> problems) {
        JsonNode item = document.root().at(pointer);
        String type = item.get("type").asText();
        long from;
        long to;
        try {
            from = PatternCatalog.number(item.has("code") ? item.get("code").asText() : item.get("from").asText());
            to = item.has("code") ? from : PatternCatalog.number(item.get("to").asText());
        } catch (NumberFormatException invalid) {
            problems.add(document.problemAt(pointer, "a code is a decimal number, or 0x and hexadecimal digits"));
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        item.path("names").forEach(name -> names.add(name.asText().toLowerCase(Locale.ROOT)));
        List<String> signs = new ArrayList<>();
        item.path("evidence").forEach(sign -> signs.add(sign.asText()));
        return Optional.of(new ErrorCode(type, from, to, names, item.get("meaning").asText(),
                item.get("source").asText(), signs));
    }

}
