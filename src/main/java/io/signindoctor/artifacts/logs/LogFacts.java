package io.signindoctor.artifacts.logs;

import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.model.Account;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Fact;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The facts in a log's records. What a format states in its own fields (an event's ID, a SIP header) becomes a fact
 * directly; what a person or the client wrote in words (an event's description, a trace line, the reason in an
 * ms-diagnostics header) goes to the one extraction engine every text in the tool goes through. A fact stated again
 * later in the same file (the client retries every few seconds) is kept once, at its first line.
 */
public final class LogFacts {

    /**
     * The event sources the client writes under: Communicator ("Communicator", "Microsoft Office Communicator"),
     * Lync ("Lync", "Microsoft Lync 2010") and Skype for Business. An event ID means something only with its source,
     * so the IDs of every other source (Winlogon, the profile service) are not made into facts.
     */
    private static final Pattern CLIENT_SOURCE = Pattern.compile("(?i).*\\b(communicator|lync|skype)\\b.*");
    private static final Pattern DIAGNOSTIC_CODE = Pattern.compile("^\\s*(\\d{1,6})\\b");
    private static final Pattern PARAMETER = Pattern.compile("(?i)(?:^|;)\\s*([a-z-]+)\\s*=\\s*(\"[^\"]*\"|[^;]*)");
    private static final Pattern HRESULT = Pattern.compile("(?i)\\b0x([0-9a-f]{8})\\b");
    private static final Pattern SIP_ADDRESS = Pattern.compile("(?i)<?sips?:([^@\\s<>;:]+@[A-Za-z0-9.-]+)");
    private static final Pattern AUTH_PROTOCOL = Pattern.compile("^\\s*([A-Za-z-]+)");

    private final TextExtractor extractor;

    public LogFacts(TextExtractor extractor) {
        this.extractor = extractor;
    }

    public List<Fact> facts(String file, List<LogUnit> units) {
        List<Extracted> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Fact> facts = new ArrayList<>();
        RegistrationOutcomes registrations = new RegistrationOutcomes();
        for (LogUnit unit : units) {
            List<Fact> stated = List.of();
            if (unit instanceof EventRecord event) {
                stated = event(file, event, found, seen);
            } else if (unit instanceof SipMessage message) {
                stated = message(file, message, found, seen);
                registrations.add(message);
            } else if (unit instanceof LogLine line) {
                extractor.extract("line", line.text(), Source.text(file, line.line()), found, seen);
            }
            stated.stream().filter(fact -> seen.add(fact.describe())).forEach(facts::add);
            found.forEach(extracted -> facts.add(extracted.fact()));
            found.clear();
        }
        registrations.facts(file).stream().filter(fact -> seen.add(fact.describe())).forEach(facts::add);
        return facts;
    }

    private List<Fact> event(String file, EventRecord event, List<Extracted> found, Set<String> seen) {
        List<Fact> stated = new ArrayList<>();
        if (event.eventId() != null && event.provider() != null && CLIENT_SOURCE.matcher(event.provider()).matches()) {
            stated.add(ClientEvent.of(Schema.Events.Kind.ERROR, Source.file(file, event.line()))
                    .codeType(Schema.Events.CodeType.EVENT_ID).code(event.eventId()).text(firstLine(event.message()))
                    .build());
        }
        String observed = EventAdvice.withoutAdvice(event.message());
        if (observed != null && !observed.isBlank()) {
            extractor.extract("event " + (event.eventId() == null ? "" : event.eventId() + " ") + "description",
                    observed, Source.text(file, event.messageLine()), found, seen);
        }
        return stated;
    }

    private List<Fact> message(String file, SipMessage message, List<Extracted> found, Set<String> seen) {
        List<Fact> stated = new ArrayList<>();
        for (String name : List.of("ms-diagnostics", "ms-diagnostics-public")) {
            for (HeaderField header : message.headers(name)) {
                diagnostics(file, header, stated, found, seen);
            }
        }
        challenge(file, message).ifPresent(stated::add);
        Optional<String> method = message.method();
        if (method.isPresent() && method.get().equals("REGISTER") && message.status().isEmpty()) {
            message.headers("From").stream().findFirst().ifPresent(from -> {
                Matcher address = SIP_ADDRESS.matcher(from.value());
                if (address.find()) {
                    stated.add(new Account(Schema.Account.SIGN_IN_ADDRESS, address.group(1),
                            Source.file(file, from.line())));
                }
            });
            if (EdgeRoute.external(message)) {
                stated.add(new Symptom(Schema.Symptom.USER_LOCATION, Schema.Symptom.UserLocation.EXTERNAL,
                        Source.file(file, message.line())));
            }
        }
        return stated;
    }

    /**
     * An ms-diagnostics header: "code;reason=\"...\";HRESULT=\"0x...(NAME)\";source=\"...\"". The code and the
     * HRESULT are stated; the reason is words, read by the engine.
     */
    private void diagnostics(String file, HeaderField header, List<Fact> stated, List<Extracted> found,
            Set<String> seen) {
        Source source = Source.file(file, header.line());
        Matcher code = DIAGNOSTIC_CODE.matcher(header.value());
        if (code.find()) {
            stated.add(ClientEvent.of(Schema.Events.Kind.ERROR, source).codeType(Schema.Events.CodeType.MS_DIAGNOSTICS)
                    .code(Integer.valueOf(code.group(1))).text(header.name() + ": " + header.value()).build());
        }
        Matcher parameter = PARAMETER.matcher(header.value());
        while (parameter.find()) {
            String value = parameter.group(2).replace("\"", "").trim();
            if (parameter.group(1).equalsIgnoreCase("reason")) {
                extractor.extract(header.name() + " reason", value, Source.text(file, header.line()), found, seen);
            } else if (parameter.group(1).equalsIgnoreCase("HRESULT")) {
                Matcher hresult = HRESULT.matcher(value);
                if (hresult.find()) {
                    stated.add(ClientEvent.of(Schema.Events.Kind.ERROR, source).codeType(Schema.Events.CodeType.HRESULT)
                            .code((int) Long.parseLong(hresult.group(1), 16)).text(header.name() + ": "
                                    + header.value()).build());
                }
            }
        }
    }

    /**
     * What the front end's authentication setting must be, from the protocols a 401 or 407 offers before any
     * exchange has started (a header without gssapi-data). The Access Edge passes on fewer protocols than the front
     * end offers, never more, so an offer without NTLM shows that the front end does not allow NTLM, and an offer of
     * both shows it allows both; an offer of NTLM alone may have lost Kerberos on the way and says nothing.
     */
    private static Optional<Fact> challenge(String file, SipMessage message) {
        int status = message.status().orElse(0);
        String header = status == 401 ? "WWW-Authenticate" : status == 407 ? "Proxy-Authenticate" : null;
        if (header == null) {
            return Optional.empty();
        }
        Set<String> offered = new LinkedHashSet<>();
        int line = 0;
        for (HeaderField field : message.headers(header)) {
            if (field.value().toLowerCase(Locale.ROOT).contains("gssapi-data")) {
                continue;
            }
            Matcher protocol = AUTH_PROTOCOL.matcher(field.value());
            if (protocol.find()) {
                offered.add(protocol.group(1).toLowerCase(Locale.ROOT));
                line = line == 0 ? field.line() : line;
            }
        }
        if (!offered.contains("kerberos")) {
            return Optional.empty();
        }
        String setting = offered.contains("ntlm") ? Schema.Server.Authentication.NTLM_AND_KERBEROS
                : Schema.Server.Authentication.KERBEROS;
        return Optional.of(new ServerSetting(Schema.Server.AUTHENTICATION, setting, Source.file(file, line)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
