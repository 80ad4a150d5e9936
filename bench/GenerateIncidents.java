import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic incident export for bench/classify.sh: the columns of examples/export/incidents.csv (read with
 * examples/export/mapping.yaml), every documented cause in the words tickets use, with varied names, addresses
 * and filler, some multi-line quoted fields, questions with no sign-in cause, and one broken row in a thousand.
 * Seeded, so the same size always gives the same file.
 *   java bench/GenerateIncidents.java ROWS FILE
 */
public class GenerateIncidents {

    private static final String[] USERS = {"jane.doe", "bob.lee", "amy.chen", "raj.patel", "k.miller", "tom.hughes",
            "lena.fischer", "omar.haddad", "sara.lopez", "li.wei"};
    private static final String[] DOMAINS = {"contoso.com", "fabrikam.com", "litwareinc.com", "adatum.com"};
    private static final String[] FILLER = {
            "User rebooted the laptop, no change.",
            "Reported by the service desk during the morning shift.",
            "Screenshot attached to the ticket.",
            "Worked last Friday according to the user.",
            "Communicator 2007 R2, Windows XP SP3, latest patches.",
            "Escalated from first line after the standard checklist.",
            "Customer asks for a fix before the quarterly review.",
            "Called the user back, left a voicemail."};

    private final Random random = new Random(20090720L);

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateIncidents.java ROWS FILE");
            System.exit(2);
        }
        new GenerateIncidents().write(Long.parseLong(args[0]), Path.of(args[1]));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String ip() {
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private String filler() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            text.append(' ').append(pick(FILLER));
        }
        return text.toString();
    }

    /** One incident: short description, description, work notes, location, known cause. */
    private String[] incident() {
        String user = pick(USERS);
        String domain = pick(DOMAINS);
        String pool = "ocs-pool0" + (1 + random.nextInt(4)) + ".corp." + domain;
        String message = "Cannot sign in to Communicator. You may have entered your sign-in address, user name, or "
                + "password incorrectly, or the authentication service may be incompatible with the version of the "
                + "program.";
        switch (random.nextInt(15)) {
            case 0 -> {
                String ip = ip();
                return new String[] {"Communicator sign-in fails on branch laptop", "User cannot sign in. Manual "
                        + "configuration; internal server: " + ip + ":5060 over TCP.\nEvent Viewer: \"Communicator "
                        + "failed to connect to server " + ip + " (" + ip + ") on port 5060 due to error 10061\""
                        + filler(), "Pinged " + ip + ", nothing listens on 5060.", "office",
                        "manual-server-not-fqdn"};
            }
            case 1 -> {
                return new String[] {"Sign-in fails, certificate warning", "Manual configuration with the internal "
                        + "server set to OCSPOOL0" + random.nextInt(9) + ". The certificate presented did not match "
                        + "the expected host name OCSPOOL01." + filler(), "", "office", "manual-server-not-fqdn"};
            }
            case 2 -> {
                return new String[] {"Cannot sign in after name change", "User gets: " + message + " Signs in as "
                        + user + "@corp." + domain + "; the SIP URI in AD is sip:" + user + "@" + domain + "."
                        + filler(), "", "office", "signin-address-mismatch"};
            }
            case 3 -> {
                return new String[] {"Back from leave, cannot sign in", message + " Sign-in address is " + user + "@"
                        + domain + " and SIP URI is sip:" + user + "@" + domain + "." + filler(),
                        "AD account was disabled during the leave.", "office", "account-not-usable"};
            }
            case 4 -> {
                return new String[] {"Server unavailable on one PC", "Only one user sees \"The server is temporarily "
                        + "unavailable\". Trace: Access denied while creating C:\\Documents and Settings\\" + user
                        + "\\Local Settings\\Application Data\\Microsoft\\Communicator" + filler(), "", "office",
                        "profile-folder-access-denied"};
            }
            case 5 -> {
                return new String[] {"Sign-in fails with manual settings", "Manual configuration: internal server: "
                        + pool + ", transport TCP. The pool requires TLS for client connections." + filler(), "",
                        "office", "manual-tls-not-selected"};
            }
            case 6 -> {
                return new String[] {"TCP clients cannot connect", "Lab clients connect over TCP. Pool properties "
                        + "show TCP listening port 50" + (61 + random.nextInt(30)) + "." + filler(), "", "office",
                        "pool-tcp-port-not-5060"};
            }
            case 7 -> {
                return new String[] {"Sign-in broken after certificate renewal", "Automatic configuration. The "
                        + "certificate did not match the expected host name sip." + domain + "." + filler(), "",
                        "office", "dns-name-not-on-certificate"};
            }
            case 8 -> {
                return new String[] {"Nobody can sign in after DNS migration", "Automatic sign-in fails for all "
                        + "users. SIP URI sip:" + user + "@" + domain + "." + filler(),
                        "nslookup: _sipinternaltls._tcp." + domain + " returns NXDOMAIN", "office",
                        "dns-srv-records-missing-or-wrong"};
            }
            case 9 -> {
                return new String[] {"TLS sign-in refused after new GPO", "Automatic configuration with TLS. "
                        + "EnableStrictDNSNaming is enabled in Computer Configuration. _sipinternaltls._tcp." + domain
                        + " points to " + pool + ":5061. SIP URI is sip:" + user + "@" + domain + "." + filler(), "",
                        "office", "strict-dns-naming-violation"};
            }
            case 10 -> {
                return new String[] {"Remote users cannot sign in", "Remote users cannot sign in from home, internal "
                        + "users can sign in fine. Front-end authentication is set to Kerberos only." + filler(), "",
                        "remote", "frontend-auth-not-ntlm-and-kerberos"};
            }
            case 11 -> {
                return new String[] {"Sign-in from outside fails", "External users cannot sign in. External server: "
                        + "sip." + domain + ":5061, pushed by Group Policy. The Access Edge Server listens on 443."
                        + filler(), "", "remote", "external-port-not-443"};
            }
            case 12 -> {
                return new String[] {"Remote sign-in broken after baseline", "Remote users fail to sign in. "
                        + "NtlmMinServerSec is 0x20080030 on the front end; laptops have NtlmMinClientSec 0x00080000."
                        + filler(), "", "remote", "ntlm-min-security-mismatch"};
            }
            case 13 -> {
                return new String[] {"Communicator crashes while sharing desktop", "Crash when sharing the desktop; "
                        + "dump shows HRESULT 0x80004005." + filler(), "", "office", "none"};
            }
            default -> {
                return new String[] {"How do I set a presence note?", "User asks how to change the note shown next "
                        + "to the name." + filler(), "", "office", "none"};
            }
        }
    }

    private void write(long rows, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("number,short_description,description,work_notes,location,known_cause\r\n");
            for (long i = 1; i <= rows; i++) {
                if (i % 1000 == 500) {
                    out.write("INC" + (1_000_000 + i) + ",\"Broken \"quoting\" in the title,,,office,none\r\n");
                    continue;
                }
                String[] fields = incident();
                out.write("INC" + (1_000_000 + i));
                for (String field : fields) {
                    out.write(',');
                    out.write(quoted(field));
                }
                out.write("\r\n");
            }
        }
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
