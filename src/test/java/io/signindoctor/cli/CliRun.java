package io.signindoctor.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the real command line, through the same entry point main uses. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SignInDoctor.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run that reads the given text as its standard input, the way a pipe does. */
    static CliRun withInput(String input, String... args) {
        return withBytes(input.getBytes(StandardCharsets.UTF_8), args);
    }

    /** A run that reads these bytes as its standard input, whatever they are. */
    static CliRun withBytes(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SignInDoctor.run(new ByteArrayInputStream(input), false, new PrintWriter(out),
                new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
