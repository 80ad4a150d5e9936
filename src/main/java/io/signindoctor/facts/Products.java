package io.signindoctor.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The server and client products the vocabulary names (the choices of {@code server.product} and
 * {@code client.product}), read once from the schema. Rule metadata ({@code @appliesTo}), {@code kb validate}, the
 * engine's guard and the coverage shown by the README, {@code --help} and the report all read the products from here,
 * so a product added to the schema is known everywhere at once.
 */
public final class Products {

    public static final String SERVER_FACT = "server.product";
    public static final String CLIENT_FACT = "client.product";

    private final Vocabulary.Entry server;
    private final Vocabulary.Entry client;

    private Products(Vocabulary.Entry server, Vocabulary.Entry client) {
        this.server = server;
        this.client = client;
    }

    public static Products of(Vocabulary vocabulary) {
        return new Products(require(vocabulary, SERVER_FACT), require(vocabulary, CLIENT_FACT));
    }

    /** The products of the built-in schema; a site's additions may add facts but not products. */
    public static Products builtIn() {
        return of(FactsSchema.builtIn().vocabulary());
    }

    private static Vocabulary.Entry require(Vocabulary vocabulary, String id) {
        return vocabulary.find(id).filter(entry -> !entry.choices().isEmpty()).orElseThrow(() ->
                new IllegalStateException("the facts schema has no choice entry " + id));
    }

    public List<String> servers() {
        return server.choices();
    }

    public List<String> clients() {
        return client.choices();
    }

    /** Every product id, servers first, each once (lync-2010 and lync-2013 name a server and a client). */
    public List<String> all() {
        Set<String> ids = new LinkedHashSet<>(servers());
        ids.addAll(clients());
        return List.copyOf(ids);
    }

    /** The readable name of a product id, "Lync Server 2013" for the server and "Lync 2013 ..." for the client. */
    public String serverLabel(String id) {
        return server.labelOf(id);
    }

    public String clientLabel(String id) {
        return client.labelOf(id);
    }

    /**
     * What an {@code @appliesTo} list means. A kind (server or client) is constrained by the ids that belong to it
     * alone; ids the two kinds share (lync-2010, lync-2013) constrain both only when the list names nothing that
     * belongs to one kind alone. So {@code lync-2013,sfb-2015,sfb-2019} speaks of servers and leaves any client
     * welcome, while {@code lync-2013,sfb-2016} speaks of clients.
     *
     * @throws IllegalArgumentException naming the first id that is no product; {@link #unknown} lists them all
     */
    public ProductScope scope(String appliesTo) {
        List<String> ids = ids(appliesTo);
        unknown(appliesTo).stream().findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("@appliesTo: " + id + " is not a product; expected any of "
                    + String.join(", ", all()));
        });
        boolean serverOnly = ids.stream().anyMatch(id -> servers().contains(id) && !clients().contains(id));
        boolean clientOnly = ids.stream().anyMatch(id -> clients().contains(id) && !servers().contains(id));
        boolean neither = !serverOnly && !clientOnly;
        List<String> serverIds = serverOnly || neither ? ids.stream().filter(servers()::contains).toList() : List.of();
        List<String> clientIds = clientOnly || neither ? ids.stream().filter(clients()::contains).toList() : List.of();
        return new ProductScope(serverIds, clientIds);
    }

    /** The ids of an {@code @appliesTo} list that name no product, in the order written. */
    public List<String> unknown(String appliesTo) {
        List<String> unknown = new ArrayList<>();
        for (String id : ids(appliesTo)) {
            if (!servers().contains(id) && !clients().contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    private static List<String> ids(String appliesTo) {
        List<String> ids = new ArrayList<>();
        for (String id : appliesTo.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
