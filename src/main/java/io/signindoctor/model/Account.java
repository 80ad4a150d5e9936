package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;

/** What is known about the user's account: the address typed at sign-in, the SIP URI in Active Directory and the account's state. */
public final class Account extends NamedValue {

    public Account(String name, String value, Source source) {
        super(name, value, source);
    }

    @Override
    public String getGroup() {
        return Schema.ACCOUNT;
    }
}
