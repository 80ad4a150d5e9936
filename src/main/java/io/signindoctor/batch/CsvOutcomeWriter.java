package io.signindoctor.batch;

import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Outcomes as RFC 4180 CSV for a spreadsheet: one row per incident, lists within a cell one item per line, which
 * spreadsheets show as lines of the cell.
 */
final class CsvOutcomeWriter implements OutcomeWriter {

    private final Writer out;
    private final Remedies remedies;
    private final boolean labels;
    private final StringBuilder cell = new StringBuilder();

    CsvOutcomeWriter(Writer out, Remedies remedies, boolean labels) throws IOException {
        this.out = out;
        this.remedies = remedies;
        this.labels = labels;
        out.write("id,input,line,status,cause,confidence,others,remedy,rules,facts,advisories"
                + (labels ? ",label" : "") + "\r\n");
    }

    @Override
    public void write(Outcome outcome) throws IOException {
        CauseScore top = outcome.top();
        field(outcome.id(), true);
        field(outcome.input(), true);
        field(Integer.toString(outcome.line()), true);
        field(outcome.isClassified() ? "classified" : "unclassified", true);
        field(top == null ? "" : top.cause(), true);
        field(top == null ? "" : String.format(Locale.ROOT, "%.3f", top.confidence()), true);
        cell.setLength(0);
        for (CauseScore other : outcome.others()) {
            line(other.cause() + String.format(Locale.ROOT, " %.3f", other.confidence()));
        }
        field(cell.toString(), true);
        cell.setLength(0);
        List<String> steps = top == null ? List.of() : remedies.of(top.cause());
        for (int i = 0; i < steps.size(); i++) {
            line((i + 1) + ". " + steps.get(i));
        }
        field(cell.toString(), true);
        field(String.join(" ", outcome.rules()), true);
        cell.setLength(0);
        for (Extracted fact : outcome.facts()) {
            line(fact.fact().describe() + " <- " + fact.field() + ": " + fact.text());
        }
        field(cell.toString(), true);
        field(String.join(" ", outcome.advisories()), labels);
        if (labels) {
            field(outcome.label() == null ? "" : outcome.label(), false);
        }
        out.write("\r\n");
    }

    private void line(String text) {
        if (cell.length() > 0) {
            cell.append('\n');
        }
        cell.append(text);
    }

    private void field(String value, boolean more) throws IOException {
        boolean quote = false;
        boolean surrogates = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            quote |= c == ',' || c == '"' || c == '\n' || c == '\r';
            surrogates |= Character.isSurrogate(c);
        }
        if (surrogates) {
            value = withoutHalfCharacters(value);
        }
        if (quote) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        if (more) {
            out.write(',');
        }
    }

    /**
     * The text with each half of a surrogate pair that stands alone (a JSON input can spell one as an escape) shown
     * as U+FFFD, as an undecodable byte is: written to UTF-8 it would otherwise become a '?' that looks like the
     * text's own question mark.
     */
    private static String withoutHalfCharacters(String text) {
        StringBuilder whole = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                whole.append(c).append(text.charAt(++i));
            } else {
                whole.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return whole.toString();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
