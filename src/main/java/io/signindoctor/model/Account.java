package io.signindoctor.model;

/** What is known about the user's account: the address typed at sign-in, the SIP URI in Active Directory and the account's state. */
public final class Account extends NamedValue {

    public static final String GROUP = "account";

    public Account(String name, String value, Source source) {
        super(name, value, source);
    }

    @Override
    public String getGroup() {
        return GROUP;
    }
}
