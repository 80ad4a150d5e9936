package io.signindoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How server names are classified and matched against certificates. */
class HostNamesTest {

    @Test
    void addressFormsAreToldApart() {
        assertThat(AddressForm.of("192.168.0.2")).isEqualTo(AddressForm.IP_LITERAL);
        assertThat(AddressForm.of("fe80::1")).isEqualTo(AddressForm.IP_LITERAL);
        assertThat(AddressForm.of("OCSPOOL01")).isEqualTo(AddressForm.NETBIOS_NAME);
        assertThat(AddressForm.of("ocs01.contoso.com.")).isEqualTo(AddressForm.FQDN);
        assertThat(AddressForm.of("999.1.1.1")).as("not an IPv4 address").isEqualTo(AddressForm.FQDN);
    }

    @Test
    void wildcardsCoverExactlyOneLeftMostLabel() {
        assertThat(HostNameMatch.covers("*.contoso.com", "sip.contoso.com")).isTrue();
        assertThat(HostNameMatch.covers("*.contoso.com", "contoso.com")).isFalse();
        assertThat(HostNameMatch.covers("*.contoso.com", "a.sip.contoso.com")).isFalse();
        assertThat(HostNameMatch.covers("SIP.Contoso.com.", "sip.contoso.com")).isTrue();
        assertThat(HostNameMatch.covers("sip.contoso.com", "sip.fabrikam.com")).isFalse();
    }

    @Test
    void ntlmBitsAreNamed() {
        assertThat(NtlmComparison.describeBits(0x20080030L)).isEqualTo(
                "message integrity, message confidentiality, NTLMv2 session security, 128-bit encryption");
        assertThat(NtlmComparison.describeBits(0x1L)).isEqualTo("other bits 0x00000001");
        assertThat(NtlmComparison.describeBits(0)).isEqualTo("nothing");
    }
}
