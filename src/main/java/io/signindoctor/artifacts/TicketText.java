package io.signindoctor.artifacts;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.CaseText;

/**
 * A ticket, an e-mail or pasted notes as written (--text FILE or -, a pasted text, an uploaded one). Unlike a log,
 * such a text has no records: it becomes the case's text whole, so that a sentence broken across lines is still one
 * sentence when {@link CaseTextFacts} reads it. Its bytes are decoded as any exported text is, and binary data is
 * refused as it is from a log.
 */
public final class TicketText {

    private TicketText() {
    }

    public static CaseText read(ArtifactInput input) throws InvalidInputException {
        ExportedText text = ExportedText.of(input);
        text.refuseBinary("text", "a ticket, an e-mail or notes as text");
        return new CaseText(text.file(), 1, String.join("\n", text.lines()));
    }
}
