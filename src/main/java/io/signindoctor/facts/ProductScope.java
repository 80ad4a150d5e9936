package io.signindoctor.facts;

import java.util.List;

/**
 * The products a rule applies to, by kind: the server products and the client products it is written for. An empty
 * list leaves that kind unconstrained: a rule for Lync Server 2013 and later applies whatever the client, and every
 * rule applies to a case that does not say which product it is about.
 */
public record ProductScope(List<String> servers, List<String> clients) {

    public static final ProductScope ANY = new ProductScope(List.of(), List.of());

    public ProductScope {
        servers = List.copyOf(servers);
        clients = List.copyOf(clients);
    }

    public boolean isUnconstrained() {
        return servers.isEmpty() && clients.isEmpty();
    }

    /** Whether a case naming these products (null where it names none) is one the rule applies to. */
    public boolean allows(String server, String client) {
        return (server == null || servers.isEmpty() || servers.contains(server))
                && (client == null || clients.isEmpty() || clients.contains(client));
    }

    /** In words, for kb show and kb list: "Lync Server 2013, Skype for Business Server 2015; any client". */
    public String describe(Products products) {
        if (isUnconstrained()) {
            return "every version";
        }
        String serverText = servers.isEmpty() ? "any server"
                : String.join(", ", servers.stream().map(products::serverLabel).toList());
        String clientText = clients.isEmpty() ? "any client"
                : String.join(", ", clients.stream().map(products::clientLabel).toList());
        return serverText + "; " + clientText;
    }
}
