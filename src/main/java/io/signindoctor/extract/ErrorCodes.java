package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.ErrorMeaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The error-code catalogues (rules/codes.yaml, built-in and from site folders) as the rules consult them: which
 * signs a code is evidence for. A rule derives an ErrorMeaning from every error event through {@link #signs}, so an
 * event from a facts file, a log or a ticket weighs the same, and the numbers live in the catalogues alone. The rules
 * reach it as the global {@value #GLOBAL}, which every session of a knowledge base is given; it is immutable, and
 * the lookup is pure.
 */
public final class ErrorCodes {

    /** The name rules/codes.drl declares the catalogue under. */
    public static final String GLOBAL = "errorCodes";

    /**
     * The built-in catalogue's signs as the build packages them (io.signindoctor.build.Precompiler), after checking
     * rules/codes.yaml against its schema: every diagnosis consults the catalogue, and reading this table costs a
     * fraction of parsing and validating the YAML again at each start.
     */
    public static final String BUILT_IN_TABLE = "META-INF/signin-doctor/error-code-signs.txt";

    private final List<CodeSigns> codes;

    /** A code or a range of codes in one numbering, with the signs it is evidence for. */
    private record CodeSigns(String codeType, long from, long to, List<String> signs) {

        boolean covers(String type, long code) {
            return codeType.equals(type) && code >= from && code <= to;
        }
    }

    private ErrorCodes(List<CodeSigns> codes) {
        this.codes = List.copyOf(codes);
    }

    /** The built-in catalogue, from the table the build wrote; a missing or broken one means a broken build. */
    public static ErrorCodes builtIn() {
        List<CodeSigns> codes = new ArrayList<>();
        for (String line : PackagedFile.index(BUILT_IN_TABLE)) {
            String[] fields = line.split(" ");
            if (fields.length < 4) {
                throw new IllegalStateException("the built-in error-code table is damaged at: " + line);
            }
            codes.add(new CodeSigns(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                    List.of(fields).subList(3, fields.length)));
        }
        return new ErrorCodes(codes);
    }

    /** The codes of every codes.yaml among the catalogue files of all layers, the built-in ones first. */
    public static ErrorCodes read(List<TextFile> catalogues) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<CodeSigns> codes = new ArrayList<>();
        for (LocatedDocument document : PatternCatalog.documents(catalogues, KnowledgeFiles.Catalogue.CODES,
                problems)) {
            for (ErrorCode code : entries(document, problems)) {
                codes.add(new CodeSigns(code.codeType(), code.from(), code.to(), code.signs()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ErrorCodes(codes);
    }

    /**
     * The table {@link #builtIn} reads: a line for each code that is evidence for something, its numbering, first and
     * last code and then its signs, separated by spaces (none of them can hold one, as codes.schema.yaml says).
     */
    public String table() {
        StringBuilder table = new StringBuilder();
        for (CodeSigns code : codes) {
            if (!code.signs().isEmpty()) {
                table.append(code.codeType()).append(' ').append(code.from()).append(' ').append(code.to())
                        .append(' ').append(String.join(" ", code.signs())).append('\n');
            }
        }
        return table.toString();
    }

    /** The signs the catalogues list for a code of an error event (an HRESULT as its 32 bits); empty if none. */
    public List<String> signs(String codeType, Integer code) {
        if (code == null) {
            return List.of();
        }
        String type = ErrorMeaning.numbering(codeType);
        long value = ErrorMeaning.value(type, code);
        List<String> signs = new ArrayList<>();
        for (CodeSigns known : codes) {
            if (known.covers(type, value)) {
                signs.addAll(known.signs());
            }
        }
        return signs;
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
