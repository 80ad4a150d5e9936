package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a text file exported by a Windows tool. Regedit writes UTF-16LE with a byte-order mark (REGEDIT4 and
 * older Event Viewers write the ANSI code page), and engineers pass such files around re-saved as UTF-8, so the
 * encoding is read from the bytes rather than assumed; lines are numbered as an editor would show them.
 */
public record ExportedText(String file, List<String> lines) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a text is looked at to tell it from binary data; enough for any export's first records. */
    private static final int SNIFF = 4096;

    public static ExportedText of(ArtifactInput input) {
        return new ExportedText(input.name(), List.of(decode(input.bytes()).split("\r\n|\n|\r", -1)));
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Line numbers count from 1, as in an editor and in every source a fact cites. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /**
     * Refuses bytes that are not text (a binary file given where a text was expected): one character in twenty of
     * its start a control character other than tab, form feed or a line end.
     *
     * @param what what the text should have been, for the message
     * @param expected what should have been given instead, for the message
     */
    public void refuseBinary(String what, String expected) throws InvalidInputException {
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < lines.size() && start.length() < SNIFF; i++) {
            start.append(lines.get(i)).append('\n');
        }
        int sniffed = Math.min(start.length(), SNIFF);
        long control = start.substring(0, sniffed).chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (sniffed > 0 && control * 20 > sniffed) {
            throw problem(0, "", "binary data, not " + what + " (" + control + " control characters in the first " + sniffed
                    + "); expected " + expected);
        }
    }

    public InvalidInputException problem(int line, String field, String message) {
        return new InvalidInputException(new InputProblem(file, line, 0, field, message));
    }
}
