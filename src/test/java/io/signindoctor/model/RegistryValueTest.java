package io.signindoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.vocabulary.Schema;
import org.junit.jupiter.api.Test;

/** A DWORD is shown as regedit and the reference document write it, whatever its size. */
class RegistryValueTest {

    private static RegistryValue ntlm(long value) {
        return new RegistryValue(Schema.Registry.Machine.CLIENT, Schema.Registry.Key.DEFAULT, "NtlmMinClientSec",
                value, Source.file("client.reg", 4));
    }

    @Test
    void hexadecimalWithEightDigitsAtLeast() {
        assertThat(ntlm(0x20080030L).getHex()).isEqualTo("0x20080030");
        assertThat(ntlm(0x30L).getHex()).isEqualTo("0x00000030");
        assertThat(ntlm(0L).getHex()).isEqualTo("0x00000000");
        assertThat(ntlm(0xFFFFFFFFL).getHex()).isEqualTo("0xffffffff");
        assertThat(ntlm(0x1_0000_0000L).getHex()).isEqualTo("0x100000000");
        assertThat(ntlm(-1L).getHex()).isEqualTo(String.format("0x%08x", -1L));
        assertThat(ntlm(0x20080030L).describe()).endsWith("NtlmMinClientSec = 0x20080030");
    }
}
