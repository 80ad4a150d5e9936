package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * How a server name the client discovers fares against the user's SIP domain. With EnableStrictDNSNaming the name
 * must be the domain itself or sip.&lt;domain&gt;; without it, any name ending in the domain is accepted.
 */
public final class ServerNameCheck extends DerivedFact {

    private final String serverName;
    private final String domain;
    private final boolean allowedStrict;
    private final boolean allowedLoose;

    public ServerNameCheck(String serverName, SipDomain sipDomain, RuleContext kcontext) {
        super(kcontext);
        this.serverName = HostNameMatch.canonical(serverName);
        this.domain = sipDomain.getDomain();
        this.allowedStrict = this.serverName.equals(domain) || this.serverName.equals("sip." + domain);
        this.allowedLoose = sipDomain.contains(this.serverName);
    }

    public String getServerName() {
        return serverName;
    }

    public String getDomain() {
        return domain;
    }

    public boolean isAllowedStrict() {
        return allowedStrict;
    }

    public boolean isAllowedLoose() {
        return allowedLoose;
    }

    @Override
    public String describe() {
        String strict = allowedStrict ? "allowed" : "not allowed (only " + domain + " or sip." + domain + " are)";
        return "server name " + serverName + " under strict naming for " + domain + ": " + strict
                + "; without strict naming: " + (allowedLoose ? "allowed" : "not allowed (does not end in " + domain + ")");
    }
}
