package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.Fact;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import com.google.re2j.Pattern;

/**
 * The facts in registry exports: the NTLM minimum-security values of the machine the export is from, and on a client
 * the Communicator Group Policy values. Connection settings a policy sets at both scopes are resolved here, Computer
 * Configuration first, because a facts file holds one value per setting and the client applies the computer's.
 */
public final class RegistryFacts {

    /** The NTLM values' key (the schema's default registry key) as a .reg export writes it, in lower case. */
    public static final String MSV1_0 = Schema.Registry.Key.DEFAULT.replaceFirst("^HKLM\\\\", "HKEY_LOCAL_MACHINE\\\\")
            .toLowerCase(Locale.ROOT);
    public static final String COMPUTER_POLICY = "hkey_local_machine\\software\\policies\\microsoft\\communicator";
    private static final Pattern USER_POLICY = Pattern.compile(
            "(hkey_current_user|hkey_users\\\\[^\\\\]+)\\\\software\\\\policies\\\\microsoft\\\\communicator");
    private static final Pattern SERVER_ENTRY = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9_.-]+)(:[0-9]{1,5})?");
    private static final List<String> NTLM_VALUES = List.of(Schema.Registry.Name.NTLM_MIN_CLIENT_SEC,
            Schema.Registry.Name.NTLM_MIN_SERVER_SEC);
    private static final String STRICT_NAMING = Schema.Policies.ENABLE_STRICT_DNS_NAMING;
    private static final Map<String, String> CONNECTION_SETTINGS = Map.of(
            "serveraddressinternal", Schema.Client.INTERNAL_SERVER,
            "serveraddressexternal", Schema.Client.EXTERNAL_SERVER,
            "transport", Schema.Client.TRANSPORT,
            "configurationmode", Schema.Client.CONFIGURATION);

    /** One export and the role of the machine it came from (client or server), as the engineer said. */
    public record Export(ArtifactInput file, String role) {
    }

    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Map<String, ClientSetting>> settingsByScope = new LinkedHashMap<>();
    private final Consumer<String> notes;

    private RegistryFacts(Consumer<String> notes) {
        this.notes = notes;
        settingsByScope.put(Schema.Policies.EnableStrictDnsNaming.COMPUTER, new LinkedHashMap<>());
        settingsByScope.put(Schema.Policies.EnableStrictDnsNaming.USER, new LinkedHashMap<>());
    }

    /** Reads every export before returning anything, so one bad file leaves nothing half-gathered. */
    public static List<Fact> read(List<Export> exports, Consumer<String> notes) throws InvalidInputException {
        RegistryFacts reading = new RegistryFacts(notes);
        for (Export export : exports) {
            reading.add(RegistryExport.read(export.file()), export.role());
        }
        reading.resolveConnectionSettings();
        return List.copyOf(reading.facts);
    }

    private void add(RegistryExport export, String role) throws InvalidInputException {
        Map<String, Integer> policyKeys = new LinkedHashMap<>();
        Set<String> strictNamingScopes = new HashSet<>();
        for (RegistryEntry entry : export.entries()) {
            String key = entry.foldedKey();
            if (key.equals(MSV1_0)) {
                ntlm(export, role, entry);
                continue;
            }
            String scope = key.equals(COMPUTER_POLICY) ? Schema.Policies.EnableStrictDnsNaming.COMPUTER
                    : USER_POLICY.matcher(key).matches() ? Schema.Policies.EnableStrictDnsNaming.USER : null;
            if (scope == null) {
                continue;
            }
            if (Schema.Registry.Machine.SERVER.equals(role)) {
                notes.accept(export.file() + ":" + entry.line() + ": Communicator policy " + entry.name()
                        + " ignored: the export is from the server, and these policies act on clients");
                continue;
            }
            policyKeys.putIfAbsent(scope, entry.line());
            if (entry.name().equalsIgnoreCase(STRICT_NAMING)) {
                if (strictNaming(export, entry, scope)) {
                    strictNamingScopes.add(scope);
                }
            } else {
                connectionSetting(export, entry, scope);
            }
        }
        policyKeys.forEach((scope, line) -> {
            if (!strictNamingScopes.contains(scope)) {
                facts.add(new PolicyValue(STRICT_NAMING, scope, Schema.Client.StrictDnsNaming.NOT_CONFIGURED,
                        Source.file(export.file(), line)));
            }
        });
    }

    private void ntlm(RegistryExport export, String role, RegistryEntry entry) throws InvalidInputException {
        for (String name : NTLM_VALUES) {
            if (entry.name().equalsIgnoreCase(name)) {
                requireDword(export, entry);
                facts.add(new RegistryValue(role, entry.key(), name, entry.dword(), source(export, entry)));
            }
        }
    }

    private boolean strictNaming(RegistryExport export, RegistryEntry entry, String scope) throws InvalidInputException {
        if (entry.kind() == RegistryEntry.Kind.DELETED) {
            return false;
        }
        requireDword(export, entry);
        if (entry.dword() > 1) {
            throw problem(export, entry, "expected dword:00000001 (enabled) or dword:00000000 (disabled); got dword:"
                    + String.format("%08x", entry.dword()));
        }
        facts.add(new PolicyValue(STRICT_NAMING, scope, entry.dword() == 1 ? Schema.Client.StrictDnsNaming.ENABLED
                : Schema.Client.StrictDnsNaming.DISABLED,
                source(export, entry)));
        return true;
    }

    private void connectionSetting(RegistryExport export, RegistryEntry entry, String scope)
            throws InvalidInputException {
        String setting = CONNECTION_SETTINGS.get(entry.name().toLowerCase(Locale.ROOT));
        if (setting == null || entry.kind() == RegistryEntry.Kind.DELETED) {
            return;
        }
        String value = switch (setting) {
            case Schema.Client.CONFIGURATION -> {
                requireDword(export, entry);
                if (entry.dword() > 1) {
                    throw problem(export, entry, "expected dword:00000001 (manual) or dword:00000000 (automatic); "
                            + "got dword:" + String.format("%08x", entry.dword()));
                }
                yield entry.dword() == 1 ? Schema.Client.Configuration.MANUAL : Schema.Client.Configuration.AUTOMATIC;
            }
            case Schema.Client.TRANSPORT -> {
                String transport = requireString(export, entry).toUpperCase(Locale.ROOT);
                if (!transport.equals(Schema.Client.Transport.TCP) && !transport.equals(Schema.Client.Transport.TLS)) {
                    throw problem(export, entry, "expected \"TCP\" or \"TLS\"; got \"" + entry.text() + "\"");
                }
                yield transport;
            }
            default -> {
                String server = requireString(export, entry).trim();
                if (!SERVER_ENTRY.matcher(server).matches()) {
                    throw problem(export, entry, "expected a server as host or host:port, such as "
                            + "sip.contoso.com:5061; got \"" + entry.text() + "\"");
                }
                yield server;
            }
        };
        settingsByScope.get(scope).putIfAbsent(setting, new ClientSetting(setting, value, source(export, entry)));
    }

    private void resolveConnectionSettings() {
        Map<String, ClientSetting> computer = settingsByScope.get(Schema.Policies.EnableStrictDnsNaming.COMPUTER);
        Map<String, ClientSetting> effective = new LinkedHashMap<>(computer);
        settingsByScope.get(Schema.Policies.EnableStrictDnsNaming.USER).forEach((name, setting) -> {
            if (effective.putIfAbsent(name, setting) != null) {
                notes.accept(setting.getSource() + ": User Configuration " + setting.describe() + " ignored: Computer "
                        + "Configuration sets it too (" + computer.get(name).getSource() + ") and takes precedence");
            }
        });
        if (!effective.isEmpty()) {
            ClientSetting first = effective.values().iterator().next();
            facts.addAll(effective.values());
            facts.add(new ClientSetting(Schema.Client.SET_BY, Schema.Client.SetBy.GROUP_POLICY, first.getSource()));
        }
    }

    private static void requireDword(RegistryExport export, RegistryEntry entry) throws InvalidInputException {
        if (entry.kind() != RegistryEntry.Kind.DWORD) {
            throw problem(export, entry, "expected a DWORD, written dword:xxxxxxxx");
        }
    }

    private static String requireString(RegistryExport export, RegistryEntry entry) throws InvalidInputException {
        if (entry.kind() != RegistryEntry.Kind.STRING) {
            throw problem(export, entry, "expected a string value in double quotes");
        }
        return entry.text();
    }

    private static InvalidInputException problem(RegistryExport export, RegistryEntry entry, String message) {
        return new InvalidInputException(new InputProblem(export.file(), entry.line(), 0,
                entry.key() + "\\" + entry.name(), message));
    }

    private static Source source(RegistryExport export, RegistryEntry entry) {
        return Source.file(export.file(), entry.line());
    }
}
