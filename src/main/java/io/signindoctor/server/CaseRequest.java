package io.signindoctor.server;

import io.signindoctor.artifacts.ArtifactInput;
import java.util.List;

/**
 * What a diagnosis request sent, taken off the wire before any work is done on it, so that the work (reading
 * artifacts, probing, the rules) can run under the request's time limit on a thread of its own.
 *
 * @param source what the document's facts cite as their file
 * @param document the facts document, or null
 * @param ticket the ticket text, or null
 * @param domain the SIP domain to look up, or null
 * @param uploads the artifacts uploaded, in the order they came
 */
record CaseRequest(String source, String document, String ticket, String domain, List<Upload> uploads) {

    /**
     * One uploaded artifact.
     *
     * @param part the form part it came in, which names its kind (or asks for it to be detected)
     * @param input its bytes, named by the file name the browser gave (a label only)
     */
    record Upload(String part, ArtifactInput input) {
    }

    CaseRequest {
        uploads = List.copyOf(uploads);
    }

    boolean hasDocument() {
        return document != null && !document.isBlank();
    }

    boolean hasTicket() {
        return ticket != null && !ticket.isBlank();
    }

    boolean hasDomain() {
        return domain != null && !domain.isBlank();
    }
}
