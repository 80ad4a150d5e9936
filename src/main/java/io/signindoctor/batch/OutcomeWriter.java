package io.signindoctor.batch;

import java.io.IOException;

/** Writes outcomes, one record per incident, in one output format. */
interface OutcomeWriter {

    void write(Outcome outcome) throws IOException;

    /** Ends the document (a JSON array's closing bracket, say) and flushes. */
    void finish() throws IOException;
}
