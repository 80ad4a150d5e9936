package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;

/** How Communicator is told to connect: automatic or manual configuration, the servers and ports entered, the transport. */
public final class ClientSetting extends NamedValue {

    public ClientSetting(String name, String value, Source source) {
        super(name, value, source);
    }

    @Override
    public String getGroup() {
        return Schema.CLIENT;
    }
}
