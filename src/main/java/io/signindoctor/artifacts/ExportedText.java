package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a text file exported by a Windows tool. Regedit writes UTF-16LE with a byte-order mark (REGEDIT4 and
 * older Event Viewers write the ANSI code page), and engineers pass such files around re-saved as UTF-8, so the
 * encoding is read from the bytes rather than assumed; lines are numbered as an editor would show them.
 */
public record ExportedText(String file, List<String> lines) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static ExportedText read(Path path) throws InvalidInputException {
        return new ExportedText(path.toString(), List.of(decode(bytes(path)).split("\r\n|\n|\r", -1)));
    }

    /** The file's bytes, or the problem an engineer should be told when it cannot be read. */
    static byte[] bytes(Path path) throws InvalidInputException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException missing) {
            throw new InvalidInputException(new InputProblem(path.toString(), 0, 0, "", "no such file"));
        } catch (IOException unreadable) {
            throw new InvalidInputException(new InputProblem(path.toString(), 0, 0, "", "cannot read: "
                    + unreadable.getMessage()));
        }
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

    public InvalidInputException problem(int line, String field, String message) {
        return new InvalidInputException(new InputProblem(file, line, 0, field, message));
    }
}
