package io.signindoctor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The client's NtlmMinClientSec against the server's NtlmMinServerSec, bit by bit. The values are masks of required
 * protections, so "the client does not require what the server requires" is a question of missing bits, not of one
 * number being smaller than the other.
 */
public final class NtlmComparison extends DerivedFact {

    private static final Map<Long, String> BITS = new LinkedHashMap<>();

    static {
        BITS.put(0x00000010L, "message integrity");
        BITS.put(0x00000020L, "message confidentiality");
        BITS.put(0x00080000L, "NTLMv2 session security");
        BITS.put(0x20000000L, "128-bit encryption");
        BITS.put(0x80000000L, "56-bit encryption");
    }

    private final long clientValue;
    private final long serverValue;

    public NtlmComparison(long clientValue, long serverValue, RuleContext kcontext) {
        super(kcontext);
        this.clientValue = clientValue;
        this.serverValue = serverValue;
    }

    public long getClientValue() {
        return clientValue;
    }

    public long getServerValue() {
        return serverValue;
    }

    /** Bits the server requires that the client's setting does not. */
    public long getMissingOnClient() {
        return serverValue & ~clientValue;
    }

    /** Bits the client requires that the server's setting does not. */
    public long getExtraOnClient() {
        return clientValue & ~serverValue;
    }

    public boolean isMatching() {
        return clientValue == serverValue;
    }

    /** Names the protections in a mask, e.g. "128-bit encryption, NTLMv2 session security". */
    public static String describeBits(long mask) {
        List<String> names = new ArrayList<>();
        long rest = mask;
        for (Map.Entry<Long, String> bit : BITS.entrySet()) {
            if ((mask & bit.getKey()) != 0) {
                names.add(bit.getValue());
                rest &= ~bit.getKey();
            }
        }
        if (rest != 0) {
            names.add(String.format("other bits 0x%08x", rest));
        }
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    @Override
    public String describe() {
        if (isMatching()) {
            return String.format("NtlmMinClientSec on the client (0x%08x) matches NtlmMinServerSec on the server", clientValue);
        }
        StringBuilder text = new StringBuilder(String.format(
                "NtlmMinClientSec on the client is 0x%08x, NtlmMinServerSec on the server is 0x%08x", clientValue,
                serverValue));
        if (getMissingOnClient() != 0) {
            text.append("; the server requires ").append(describeBits(getMissingOnClient()))
                    .append(", which the client does not");
        }
        if (getExtraOnClient() != 0) {
            text.append("; the client requires ").append(describeBits(getExtraOnClient()))
                    .append(", which the server does not");
        }
        return text.toString();
    }
}
