package io.signindoctor.interview;

import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An engineer who knows one scenario's facts (an example file) and answers what the interview asks the way they
 * would on a call: reading the value off a setting, an nslookup, the certificate or regedit; "unknown" otherwise.
 */
final class ScriptedEngineer {

    private final CaseFacts known;

    ScriptedEngineer(CaseFacts known) {
        this.known = known;
    }

    Optional<String> answer(String fact) {
        return switch (fact) {
            case "server.tls-srv-record" -> srv("_sipinternaltls._tcp.");
            case "server.tcp-srv-record" -> srv("_sipinternal._tcp.");
            case "server.sip-host-record" -> domain().flatMap(domain -> dns("sip." + domain, "A"))
                    .map(record -> Boolean.toString(record.isFound()));
            case "server.certificate-names" -> of(Certificate.class).stream().findFirst()
                    .map(certificate -> String.join(", ", certificate.getNames()));
            case "client.strict-dns-naming" -> strictNaming();
            case "client.ntlm-min-client-sec" -> registry(Schema.Registry.Machine.CLIENT, "NtlmMinClientSec");
            case "server.ntlm-min-server-sec" -> registry(Schema.Registry.Machine.SERVER, "NtlmMinServerSec");
            case "symptom.affected" -> onlyExternalUsersFail() ? Optional.of("external-users")
                    : answerOfGroup("symptom.affected");
            case "symptom.profile-access-denied" -> of(ClientEvent.class).stream()
                    .filter(event -> event.getKind().equals(Schema.Events.Kind.ACCESS_DENIED)).findFirst()
                    .map(event -> Boolean.toString(event.isCommunicatorProfileFolder()));
            default -> of(NamedValue.class).stream().filter(value -> value.getId().equals(fact)).findFirst()
                    .map(NamedValue::getValue);
        };
    }

    /** An engineer who knows that users inside sign in and users outside do not says so when asked who fails. */
    private boolean onlyExternalUsersFail() {
        return answerOfGroup("symptom.internal-users-sign-in").filter("true"::equals).isPresent()
                && answerOfGroup("symptom.external-users-sign-in").filter("false"::equals).isPresent();
    }

    private Optional<String> srv(String prefix) {
        return domain().flatMap(domain -> dns(prefix + domain, "SRV"))
                .map(record -> record.isFound() ? record.getTarget() + ":" + record.getPort() : "none");
    }

    private Optional<DnsRecord> dns(String name, String type) {
        return of(DnsRecord.class).stream().filter(record -> record.getName().equals(name)
                && record.getType().equals(type)).findFirst();
    }

    private Optional<String> domain() {
        Optional<String> fromUri = answerOfGroup("account.sip-uri").map(uri -> uri.substring(uri.indexOf('@') + 1));
        return fromUri.isPresent() ? fromUri : answerOfGroup("server.sip-domain");
    }

    private Optional<String> answerOfGroup(String id) {
        return of(NamedValue.class).stream().filter(value -> value.getId().equals(id)).findFirst()
                .map(NamedValue::getValue).map(String::toLowerCase);
    }

    private Optional<String> strictNaming() {
        List<PolicyValue> policies = of(PolicyValue.class).stream()
                .filter(policy -> policy.getName().equals("EnableStrictDNSNaming")).toList();
        Optional<String> computer = policies.stream()
                .filter(policy -> policy.getScope().equals(Schema.Policies.EnableStrictDnsNaming.COMPUTER)
                && !policy.getValue().equals("not-configured")).map(PolicyValue::getValue).findFirst();
        if (computer.isPresent()) {
            return computer;
        }
        Optional<String> user = policies.stream()
                .filter(policy -> policy.getScope().equals(Schema.Policies.EnableStrictDnsNaming.USER)
                && !policy.getValue().equals("not-configured")).map(PolicyValue::getValue).findFirst();
        return user.isPresent() || policies.isEmpty() ? user : Optional.of("not-configured");
    }

    private Optional<String> registry(String machine, String name) {
        return of(RegistryValue.class).stream().filter(value -> value.getMachine().equals(machine)
                && value.getName().equals(name)).findFirst().map(RegistryValue::getHex);
    }

    private <T> List<T> of(Class<T> type) {
        List<T> found = new ArrayList<>();
        known.facts().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        return found;
    }
}
