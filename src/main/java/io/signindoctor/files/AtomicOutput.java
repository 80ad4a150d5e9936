package io.signindoctor.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name beside its final one and renamed when complete. A run that stops half-way
 * (an error, Ctrl-C, a full disk) leaves no file that looks finished, and an earlier complete file stays as it was.
 */
public final class AtomicOutput implements AutoCloseable {

    private static final String PARTIAL = ".partial";

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /**
     * Starts the output. The temporary name carries this process's id, so the next run over the same output can
     * remove what a killed run (SIGKILL, a power cut) left behind, without touching the file of a run still going.
     * The file is created with the permissions the umask gives, like any file the user makes.
     */
    public static AtomicOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // Renaming over a device (/dev/full as a full disk), a pipe or a folder would replace it with a file.
            throw new FileSystemException(target.toString(), null, "not a regular file (a device, pipe or folder), "
                    + "so it is not replaced: give the path of a file");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String prefix = "." + absolute.getFileName() + ".";
        removeStale(folder, prefix);
        Path temporary = folder.resolve(prefix + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PARTIAL);
        OutputStream file;
        try {
            file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException failed) {
            throw onTarget(failed, target);
        }
        // Ctrl-C ends the JVM without running finally blocks, but it does run the exit hooks: this removes the
        // temporary file then, and does nothing once the file has been renamed.
        temporary.toFile().deleteOnExit();
        return new AtomicOutput(target, temporary, new BufferedOutputStream(new Named(file, target), 1 << 16));
    }

    /**
     * A failure on the temporary file, reported on the output the user named, with the system's reason: the hidden
     * temporary name means nothing to them (a read-only folder refused ".out.jsonl.4242.9f3e.partial").
     */
    private static IOException onTarget(IOException failed, Path target) {
        if (!(failed instanceof FileSystemException system)) {
            return failed;
        }
        FileSystemException named;
        if (failed instanceof AccessDeniedException) {
            named = new AccessDeniedException(target.toString(), null, system.getReason());
        } else if (failed instanceof NoSuchFileException) {
            named = new NoSuchFileException(target.toString(), null, system.getReason());
        } else {
            named = new FileSystemException(target.toString(), null, system.getReason());
        }
        named.initCause(failed);
        return named;
    }

    /** Removes temporary files of this output whose process is gone. */
    private static void removeStale(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, prefix.replace("[", "\\[")
                .replace("{", "\\{").replace("*", "\\*").replace("?", "\\?") + "*" + PARTIAL)) {
            for (Path partial : partials) {
                String rest = partial.getFileName().toString().substring(prefix.length());
                String pid = rest.substring(0, Math.max(0, rest.indexOf('.')));
                if (pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /**
     * Names the output in a failure to write it: a full disk is reported by the system without a file name, and the
     * engineer needs to know which output it was.
     */
    private static final class Named extends FilterOutputStream {

        private final Path target;

        Named(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException failed) {
                throw named(failed);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException failed) {
                throw named(failed);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException failed) {
                throw named(failed);
            }
        }

        private IOException named(IOException failed) {
            return failed instanceof FileSystemException ? failed
                    : new FileSystemException(target.toString(), null, failed.getMessage());
        }
    }

    /** The file's bytes, for writers that encode UTF-8 themselves (Jackson does it faster than a Writer). */
    public OutputStream stream() {
        return stream;
    }

    /** The file as UTF-8 text; flush it before writing to {@link #stream()} again. */
    public Writer writer() {
        return writer;
    }

    /** Finishes the file and gives it its name. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException failed) {
                throw onTarget(failed, target);
            }
        } catch (IOException failed) {
            throw onTarget(failed, target);
        }
        committed = true;
    }

    /** Removes the temporary file of an output that was not committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
