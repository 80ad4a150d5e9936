package io.signindoctor.facts;

/**
 * One thing wrong with an input file, located the way a compiler would report it, so that an engineer or an editor
 * can jump straight to it. Field is the dotted path of the offending entry (client.transport, events[2].port), or
 * empty when the problem is with the file as a whole.
 */
public record InputProblem(String file, int line, int column, Severity severity, String field, String message)
        implements Comparable<InputProblem> {

    /** Errors stop the input from being used; warnings are reported and the input is used all the same. */
    public enum Severity { ERROR, WARNING }

    public InputProblem(String file, int line, int column, String field, String message) {
        this(file, line, column, Severity.ERROR, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return ControlCharacters.escape(text.append(message).toString());
    }

    @Override
    public int compareTo(InputProblem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }
}
