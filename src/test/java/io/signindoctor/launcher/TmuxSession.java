package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A detached tmux session, a real terminal for the tests: keys go in with send-keys, the screen comes back with
 * capture-pane, and pipe-pane can log every byte the terminal receives. Each session runs on a tmux server of its
 * own (a private socket, without the user's configuration), so tests never share the default server with other
 * test runs or with a person's own sessions on the machine, and closing it stops that server.
 */
final class TmuxSession implements AutoCloseable {

    private static final AtomicInteger STARTED = new AtomicInteger();

    private final String name;
    /** The server's socket file, which tmux leaves behind when its server is killed. */
    private Path socket;

    private TmuxSession(String name) {
        this.name = name;
    }

    /**
     * Starts a 160x50 terminal running the command, named after the test, this JVM and a count of the sessions it
     * started, so that runs never collide; the name is also its server's socket.
     */
    static TmuxSession start(String purpose, String command) throws IOException, InterruptedException {
        TmuxSession session = new TmuxSession("signin-doctor-" + purpose + "-" + ProcessHandle.current().pid() + "-"
                + STARTED.incrementAndGet());
        session.tmux("new-session", "-d", "-s", session.name, "-x", "160", "-y", "50", command);
        session.socket = Path.of(session.tmux("display-message", "-p", "-t", session.name, "#{socket_path}").strip());
        return session;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", name, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** The visible screen, with up to 200 lines of scroll-back when asked. */
    String screen(boolean withScrollBack) throws IOException, InterruptedException {
        return withScrollBack ? tmux("capture-pane", "-p", "-t", name, "-S", "-200")
                : tmux("capture-pane", "-p", "-t", name);
    }

    /** Types the text as it is, without interpreting key names. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", name, "-l", text);
    }

    /** Presses a named key, such as Enter or Tab. */
    void press(String key) throws IOException, InterruptedException {
        tmux("send-keys", "-t", name, key);
    }

    /** Appends everything the terminal receives from now on to the file. */
    void logOutputTo(Path file) throws IOException, InterruptedException {
        tmux("pipe-pane", "-o", "-t", name, "cat >> '" + file + "'");
    }

    /** Stops this session's own server, and with it the session and anything still running in it. */
    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
        Files.deleteIfExists(socket);
    }
}
