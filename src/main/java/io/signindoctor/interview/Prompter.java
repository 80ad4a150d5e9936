package io.signindoctor.interview;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Reads the engineer's answers. On a terminal it is JLine, with line editing, history and completion of the
 * question's choices and commands; with piped input it reads plain lines and still prints every prompt, so a
 * scripted interview sees exactly what a person would, without escape codes, and ends cleanly at end of input.
 */
public abstract class Prompter implements Closeable {

    /** Reads one line after showing the prompt; null at end of input. */
    public abstract String readLine(String prompt, List<String> completions) throws IOException;

    public static Prompter open(InputStream in, PrintWriter out, boolean terminal) throws IOException {
        return terminal ? new TerminalPrompter() : new PlainPrompter(in, out);
    }

    /** Plain lines from a stream, for pipes and tests. */
    static final class PlainPrompter extends Prompter {
        private final BufferedReader reader;
        private final PrintWriter out;

        PlainPrompter(InputStream in, PrintWriter out) {
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.out = out;
        }

        @Override
        public String readLine(String prompt, List<String> completions) throws IOException {
            out.print(prompt);
            out.flush();
            String line = reader.readLine();
            if (line != null) {
                out.println(line);
            } else {
                out.println();
            }
            return line;
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /** JLine on the process's terminal. */
    static final class TerminalPrompter extends Prompter {
        private final Terminal terminal;
        private final LineReader reader;
        private final StringsCompleterHolder completer = new StringsCompleterHolder();

        TerminalPrompter() throws IOException {
            this.terminal = TerminalBuilder.builder().system(true).build();
            // History expansion would rewrite answers: "x!!y@contoso.com" would become the previous line spliced in.
            this.reader = LineReaderBuilder.builder().terminal(terminal).completer(completer)
                    .variable(LineReader.HISTORY_SIZE, 200).option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
        }

        @Override
        public String readLine(String prompt, List<String> completions) {
            completer.use(completions);
            try {
                return reader.readLine(prompt);
            } catch (EndOfFileException | UserInterruptException end) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            terminal.close();
        }
    }

    /** Completion candidates change with every question; JLine keeps one completer, so it delegates. */
    private static final class StringsCompleterHolder implements org.jline.reader.Completer {
        private StringsCompleter current = new StringsCompleter();

        void use(List<String> candidates) {
            current = new StringsCompleter(candidates);
        }

        @Override
        public void complete(LineReader reader, org.jline.reader.ParsedLine line,
                List<org.jline.reader.Candidate> candidates) {
            current.complete(reader, line, candidates);
        }
    }
}
