package io.signindoctor.kb;

import io.signindoctor.facts.ProductScope;
import io.signindoctor.facts.Products;
import io.signindoctor.model.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which products and versions the knowledge covers, worked out from the rules in force: a cause covers a product
 * when one of the rules that supports it applies to that product ({@code @appliesTo}, or none). The README,
 * {@code --help} and the report say it from here, so the statement stays true as rules are added.
 */
public final class ProductCoverage {

    private final Products products;
    private final Set<String> causes;
    private final Map<String, Integer> perServer;
    private final Map<String, Integer> perClient;

    private ProductCoverage(Products products, Set<String> causes, Map<String, Integer> perServer,
            Map<String, Integer> perClient) {
        this.products = products;
        this.causes = causes;
        this.perServer = perServer;
        this.perClient = perClient;
    }

    public static ProductCoverage of(Knowledge knowledge) {
        Products products = Products.of(knowledge.vocabulary());
        Map<String, List<ProductScope>> scopesByCause = new LinkedHashMap<>();
        for (RuleMetadata rule : knowledge.rules().rules()) {
            boolean supports = rule.cause().isPresent() && rule.confidence().filter(cf -> cf > 0).isPresent()
                    && !rule.isRetired();
            if (supports) {
                ProductScope scope = rule.appliesTo().filter(list -> products.unknown(list).isEmpty())
                        .map(products::scope).orElse(ProductScope.ANY);
                scopesByCause.computeIfAbsent(rule.cause().get(), cause -> new ArrayList<>()).add(scope);
            }
        }
        Map<String, Integer> perServer = new LinkedHashMap<>();
        products.servers().forEach(server -> perServer.put(server, (int) scopesByCause.values().stream()
                .filter(scopes -> scopes.stream().anyMatch(scope -> scope.allows(server, null))).count()));
        Map<String, Integer> perClient = new LinkedHashMap<>();
        products.clients().forEach(client -> perClient.put(client, (int) scopesByCause.values().stream()
                .filter(scopes -> scopes.stream().anyMatch(scope -> scope.allows(null, client))).count()));
        return new ProductCoverage(products, new TreeSet<>(scopesByCause.keySet()), perServer, perClient);
    }

    /** How many causes apply to each server product, in the vocabulary's order. */
    public Map<String, Integer> causesPerServer() {
        return perServer;
    }

    public Map<String, Integer> causesPerClient() {
        return perClient;
    }

    /**
     * One paragraph: "N causes. Servers: Office Communications Server 2007 R2 (12 causes), ... Clients: ...". A
     * product no cause applies to is left out.
     */
    public String summary() {
        List<String> servers = new ArrayList<>();
        perServer.forEach((id, count) -> {
            if (count > 0) {
                servers.add(products.serverLabel(id) + " (" + count + ")");
            }
        });
        List<String> clients = new ArrayList<>();
        perClient.forEach((id, count) -> {
            if (count > 0) {
                clients.add(products.clientLabel(id) + " (" + count + ")");
            }
        });
        return causes.size() + " causes, by the products they apply to. Servers: " + String.join(", ", servers)
                + ". Clients: " + String.join(", ", clients) + ".";
    }
}
