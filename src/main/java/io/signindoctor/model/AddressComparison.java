package io.signindoctor.model;

import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Whether the address the user types is the SIP URI Active Directory holds. The comparison ignores case and the
 * "sip:" prefix, which Communicator adds itself, so only a real difference counts.
 */
public final class AddressComparison extends DerivedFact {

    private final String signInAddress;
    private final String sipUri;
    private final boolean same;

    public AddressComparison(String signInAddress, String sipUri, RuleContext kcontext) {
        super(kcontext);
        this.signInAddress = signInAddress;
        this.sipUri = sipUri;
        this.same = bare(signInAddress).equals(bare(sipUri));
    }

    static String bare(String address) {
        String lower = address.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") ? lower.substring(4) : lower;
    }

    public String getSignInAddress() {
        return signInAddress;
    }

    public String getSipUri() {
        return sipUri;
    }

    public boolean isSame() {
        return same;
    }

    @Override
    public String describe() {
        return same ? "the sign-in address " + signInAddress + " matches the SIP URI " + sipUri
                : "the sign-in address " + signInAddress + " differs from the SIP URI " + sipUri;
    }
}
