package io.signindoctor.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole with the permissions any new file gets, and a killed run's leftovers go with the next run. */
class AtomicOutputTest {

    @TempDir
    Path folder;

    @Test
    void theFileGetsThePermissionsTheUmaskGivesAnyNewFile() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path out = folder.resolve("out.jsonl");

        try (AtomicOutput output = AtomicOutput.create(out)) {
            output.writer().write("{}\n");
            output.commit();
        }

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(out).hasContent("{}");
    }

    @Test
    void aKilledRunsPartialFileIsRemovedAndARunningOnesIsLeftAlone() throws IOException {
        Path stale = Files.writeString(folder.resolve(".out.jsonl.999999999.1f.partial"), "half a run");
        Path running = Files.writeString(folder.resolve(".out.jsonl." + ProcessHandle.current().pid() + ".2e.partial"),
                "a run still going");
        Path otherOutput = Files.writeString(folder.resolve(".other.jsonl.999999999.3d.partial"), "not ours");

        try (AtomicOutput output = AtomicOutput.create(folder.resolve("out.jsonl"))) {
            assertThat(stale).doesNotExist();
        }

        assertThat(running).exists();
        assertThat(otherOutput).exists();
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactlyInAnyOrder(running, otherOutput);
        }
    }

    /** As root, renaming over /dev/full (a full disk, for a test by hand) replaced the device with a plain file. */
    @Test
    void aDeviceOrAFolderIsNotReplacedByTheOutput() throws IOException {
        Path device = Path.of("/dev/null");
        Path subfolder = Files.createDirectory(folder.resolve("results"));

        assertThatThrownBy(() -> AtomicOutput.create(device)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("/dev/null").hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> AtomicOutput.create(subfolder)).isInstanceOf(FileSystemException.class);

        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(subfolder).isEmptyDirectory();
        try (var partials = Files.list(Path.of("/dev"))) {
            assertThat(partials.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".null."));
        }
    }
}
