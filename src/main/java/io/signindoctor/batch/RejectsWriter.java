package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/** The rejects file: one JSON object per line with the input, the line, the reason and the start of the record. */
final class RejectsWriter {

    private final JsonGenerator json;

    RejectsWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
    }

    void write(Rejected rejected) throws IOException {
        rejected.writeLine(json, null);
    }

    void finish() throws IOException {
        json.flush();
    }
}
