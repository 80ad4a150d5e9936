package io.signindoctor.artifacts.logs;

import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * How each user's registration in a trace ended, read from the SIP exchange itself rather than from any words: a
 * user whose REGISTER was never answered 200 and whose last answer was an error did not sign in; one answered 200
 * did. A 401 on its own is no failure, since every sign-in starts with one. Where the trace says where a REGISTER
 * came from (a front end's trace names the Access Edge as its source), the outcome also tells how external and
 * internal users fare.
 */
final class RegistrationOutcomes {

    private static final Pattern SIP_ADDRESS = Pattern.compile("(?i)<?sips?:([^@\\s<>;:]+@[A-Za-z0-9.-]+)");

    /** What one user's REGISTER transactions came to. */
    private static final class Outcome {
        Boolean external;
        boolean succeeded;
        int lastStatus;
        int lastLine;
    }

    private final Map<String, Outcome> users = new LinkedHashMap<>();

    void add(SipMessage message) {
        if (!message.method().map("REGISTER"::equals).orElse(false)) {
            return;
        }
        Optional<String> user = message.header("From").map(SIP_ADDRESS::matcher).filter(Matcher::find)
                .map(address -> address.group(1).toLowerCase(Locale.ROOT));
        if (user.isEmpty()) {
            return;
        }
        Outcome outcome = users.computeIfAbsent(user.get(), name -> new Outcome());
        Optional<Integer> status = message.status();
        if (EdgeRoute.external(message)) {
            outcome.external = true;
        } else if (status.isEmpty() && message.via() != null
                && message.via().toLowerCase(Locale.ROOT).contains("incoming")) {
            outcome.external = Boolean.TRUE.equals(outcome.external);
        }
        if (status.isPresent() && status.get() >= 200) {
            outcome.succeeded |= status.get() < 300;
            outcome.lastStatus = status.get();
            outcome.lastLine = message.line();
        }
    }

    /** The symptoms the outcomes show, each citing the response that settled it. */
    List<Fact> facts(String file) {
        List<Fact> facts = new ArrayList<>();
        for (Outcome outcome : users.values()) {
            boolean failed = !outcome.succeeded && outcome.lastStatus >= 300;
            if (!failed && !outcome.succeeded) {
                continue;
            }
            Source source = Source.file(file, outcome.lastLine);
            if (failed) {
                facts.add(new Symptom(Schema.Symptom.SIGN_IN, Schema.Symptom.SignIn.FAILS, source));
            }
            if (Boolean.TRUE.equals(outcome.external) && failed) {
                facts.add(new Symptom(Schema.Symptom.EXTERNAL_USERS_SIGN_IN, "false", source));
            } else if (Boolean.FALSE.equals(outcome.external) && outcome.succeeded) {
                facts.add(new Symptom(Schema.Symptom.INTERNAL_USERS_SIGN_IN, "true", source));
            }
        }
        return facts;
    }
}
