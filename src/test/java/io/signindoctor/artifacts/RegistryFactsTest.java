package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Fact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Communicator policies in .reg exports: connection settings with Computer over User precedence, strict naming. */
class RegistryFactsTest {

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    private Path utf16(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));
        return file;
    }

    private List<String> facts(Path file, String role) throws InvalidInputException {
        return RegistryFacts.read(List.of(new RegistryFacts.Export(ArtifactInput.read(file), role)), notes::add).stream()
                .map(Fact::toString).toList();
    }

    @Test
    void policyConnectionSettingsBecomeClientSettingsSetByGroupPolicyWithTheComputerWinning() throws Exception {
        Path reg = utf16("gpo.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Communicator]
                "ServerAddressInternal"="ocs-pool01.corp.contoso.com"
                "Transport"="TCP"

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]
                "ServerAddressExternal"="sip.contoso.com:5061"
                "Transport"="TLS"
                "ConfigurationMode"=dword:00000001
                """);

        assertThat(facts(reg, "client")).containsExactlyInAnyOrder(
                "client.external-server = sip.contoso.com:5061 (" + reg + ":8)",
                "client.transport = TLS (" + reg + ":9)",
                "client.configuration = manual (" + reg + ":10)",
                "client.internal-server = ocs-pool01.corp.contoso.com (" + reg + ":4)",
                "client.set-by = group-policy (" + reg + ":8)",
                "policy EnableStrictDNSNaming (user configuration) = not-configured (" + reg + ":4)",
                "policy EnableStrictDNSNaming (computer configuration) = not-configured (" + reg + ":8)");
        assertThat(notes).singleElement().asString().contains("User Configuration client.transport = TCP ignored");
    }

    @Test
    void anUnexpectedStrictNamingValueIsRefusedWithLineAndField() throws Exception {
        Path reg = utf16("bad.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]
                "EnableStrictDNSNaming"=dword:00000002
                """);

        assertThatThrownBy(() -> facts(reg, "client")).isInstanceOf(InvalidInputException.class)
                .hasMessage(reg + ":4: error: HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator"
                        + "\\EnableStrictDNSNaming: expected dword:00000001 (enabled) or dword:00000000 (disabled); "
                        + "got dword:00000002");
    }

    @Test
    void communicatorPoliciesInAServerExportAreIgnoredWithANote() throws Exception {
        Path reg = utf16("server.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]
                "EnableStrictDNSNaming"=dword:00000001
                """);

        assertThat(facts(reg, "server")).isEmpty();
        assertThat(notes).singleElement().asString().contains("the export is from the server");
    }
}
