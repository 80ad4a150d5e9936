package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;

/** How the server side is set up: FQDN, domains, TLS, listening ports, authentication protocol. */
public final class ServerSetting extends NamedValue {

    public ServerSetting(String name, String value, Source source) {
        super(name, value, source);
    }

    @Override
    public String getGroup() {
        return Schema.SERVER;
    }
}
