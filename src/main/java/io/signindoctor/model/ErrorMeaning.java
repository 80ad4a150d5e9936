package io.signindoctor.model;

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
        String shown = ClientEvent.HRESULT.equals(codeType) ? String.format("0x%08x", code) : Long.toString(code);
        return codeType + " " + shown + " means " + sign;
    }
}
