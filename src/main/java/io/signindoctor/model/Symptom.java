package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;

/** What the user or the engineer sees: the message shown, who is affected, whether sign-in works. */
public final class Symptom extends NamedValue {

    public Symptom(String name, String value, Source source) {
        super(name, value, source);
    }

    @Override
    public String getGroup() {
        return Schema.SYMPTOM;
    }
}
