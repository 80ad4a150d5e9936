package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PowerShell's tables are read by their dashes, and a value is never cut where it runs past them. */
class ConsoleTableTest {

    @Test
    void aRightAlignedNumberWiderThanItsDashesIsKeptWhole() {
        ConsoleTable table = ConsoleTable.of("TimeCreated                     Id LevelDisplayName Message",
                "-----------                     -- ---------------- -------").orElseThrow();

        var row = table.row("4/12/2011 2:03:09 PM           7001 Error            The service started.");

        assertThat(row).containsEntry("timecreated", "4/12/2011 2:03:09 PM").containsEntry("id", "7001")
                .containsEntry("leveldisplayname", "Error").containsEntry("message", "The service started.");
    }

    @Test
    void linesThatAreNotNamesOverDashesAreNoTable() {
        assertThat(ConsoleTable.of("Name Type", "----------")).isEmpty();
        assertThat(ConsoleTable.of("Name Type", "~~~~ ~~~~")).isEmpty();
        assertThat(ConsoleTable.isDashes("   ")).isFalse();
    }
}
