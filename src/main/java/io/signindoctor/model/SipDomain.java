package io.signindoctor.model;

import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The domain part of the user's SIP URI. Automatic configuration looks up its SRV records under it, and strict
 * naming compares the server's name with it, so several rules need it however the engineer supplied it.
 */
public final class SipDomain extends DerivedFact {

    private final String domain;

    public SipDomain(String addressOrDomain, RuleContext kcontext) {
        super(kcontext);
        String text = addressOrDomain.trim().toLowerCase(Locale.ROOT);
        String afterAt = text.substring(text.lastIndexOf('@') + 1);
        this.domain = afterAt.endsWith(".") ? afterAt.substring(0, afterAt.length() - 1) : afterAt;
    }

    /**
     * The domain a discovery record is published under: _sipinternaltls._tcp.contoso.com, _sipinternal._tcp.contoso.com
     * and sip.contoso.com all name contoso.com, so a record a ticket or a listing mentions tells the SIP domain.
     */
    public static String domainOfRecord(String recordName) {
        String name = recordName.trim().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"_sipinternaltls._tcp.", "_sipinternal._tcp.", "_sip._tls.", "sip.",
                "lyncdiscoverinternal.", "lyncdiscover."}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    public String getDomain() {
        return domain;
    }

    /** _sipinternaltls._tcp.&lt;domain&gt;, the SRV record a TLS client looks up first. */
    public String getTlsSrvName() {
        return "_sipinternaltls._tcp." + domain;
    }

    /** _sipinternal._tcp.&lt;domain&gt;, the SRV record for TCP. */
    public String getTcpSrvName() {
        return "_sipinternal._tcp." + domain;
    }

    /** sip.&lt;domain&gt;, the host record to publish when the SIP domain differs from the server's domain. */
    public String getSipHostName() {
        return "sip." + domain;
    }

    /** lyncdiscoverinternal.&lt;domain&gt;, the Autodiscover name Lync 2013 and later clients ask first, inside. */
    public String getLyncdiscoverInternalName() {
        return "lyncdiscoverinternal." + domain;
    }

    /** lyncdiscover.&lt;domain&gt;, the Autodiscover name for clients outside and for mobile clients. */
    public String getLyncdiscoverName() {
        return "lyncdiscover." + domain;
    }

    /** Whether a host name lies within this domain (is the domain or ends with "." + domain). */
    public boolean contains(String hostName) {
        if (hostName == null) {
            return false;
        }
        String host = HostNameMatch.canonical(hostName);
        return host.equals(domain) || host.endsWith("." + domain);
    }

    @Override
    public String describe() {
        return "the user's SIP domain is " + domain;
    }
}
