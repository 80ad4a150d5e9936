package io.signindoctor.cases;

import io.signindoctor.model.CaseFacts;

/** One case from a case file: a name, the facts it gives, and what must follow, with the line it starts on. */
public record RuleCase(String file, int line, String name, CaseFacts given, Expectation expect) {

    /** "rules/account.cases.yaml:12 Credentials message ...", how a runner names a case. */
    public String label() {
        return file + ":" + line + " " + name;
    }
}
