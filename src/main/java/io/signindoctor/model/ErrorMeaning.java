package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What an error code that was read is evidence for, by the error-code catalogue (rules/codes.yaml): WinSock 10061
 * is a refused connection, HRESULT 0xC3E93EE4 an NTLM security mismatch. Rules weigh the sign, not the number, so
 * the numbers stay in one catalogue and a rule reads "connection-refused" rather than restating 10061.
 */
public final class ErrorMeaning extends DerivedFact {

    private final String codeType;
    private final long code;
    private final String sign;

    public ErrorMeaning(String codeType, long code, String sign, RuleContext kcontext) {
        super(kcontext);
        this.codeType = Objects.requireNonNull(codeType, "codeType");
        this.code = code;
        this.sign = Objects.requireNonNull(sign, "sign");
    }

    /**
     * The meaning of an event's code: a code given without its numbering is a WinSock code (what a connect failure
     * reports), and an HRESULT is read as its 32 unsigned bits, as it is written.
     */
    public static ErrorMeaning of(String codeType, int code, String sign, RuleContext kcontext) {
        String numbering = numbering(codeType);
        return new ErrorMeaning(numbering, value(numbering, code), sign, kcontext);
    }

    /** The numbering of an event's code, WinSock when the event does not say. */
    public static String numbering(String codeType) {
        return codeType == null ? Schema.Events.CodeType.WINSOCK : codeType;
    }

    /** A code as its numbering writes it: an HRESULT unsigned, other codes as they are. */
    public static long value(String numbering, int code) {
        return Schema.Events.CodeType.HRESULT.equals(numbering) ? code & 0xFFFFFFFFL : code;
    }

    public String getCodeType() {
        return codeType;
    }

    public long getCode() {
        return code;
    }

    public String getSign() {
        return sign;
    }

    @Override
    public String describe() {
        String shown = Schema.Events.CodeType.HRESULT.equals(codeType) ? String.format("0x%08x", code)
                : Long.toString(code);
        return codeType + " " + shown + " means " + sign;
    }
}
