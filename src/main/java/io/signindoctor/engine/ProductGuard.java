package io.signindoctor.engine;

import io.signindoctor.facts.ProductScope;
import io.signindoctor.facts.Products;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.model.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Makes {@code @appliesTo} part of each rule's conditions before it is compiled: a rule written for some products
 * gets a first condition that no product of a constrained kind is named, or one of those named is in its list. Being a
 * condition, it is truth-maintained like any other: a product learned later in an interview withdraws what the rule
 * concluded while the product was unknown, which an agenda filter could not do. The condition is written on the line of {@code when},
 * so the compiler's line numbers stay the author's.
 */
final class ProductGuard {

    private final Products products;

    ProductGuard(Products products) {
        this.products = products;
    }

    /**
     * The source with every scoped rule guarded. A source that does not parse, or names an unknown product, is left
     * as written: the compiler reports the first and {@code kb validate} the second, each at the author's line.
     */
    RuleSource guard(RuleSource source) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            return source;
        }
        if (pkg == null || parser.hasErrors()) {
            return source;
        }
        List<Insertion> insertions = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            AnnotationDescr appliesTo = rule.getAnnotation(RuleMetadata.APPLIES_TO);
            String list = appliesTo == null ? "" : unquote(appliesTo.getSingleValue());
            if (list.isBlank() || !products.unknown(list).isEmpty()) {
                continue;
            }
            int when = whenKeywordEnd(source.text(), Math.max(0, rule.getStartCharacter()));
            if (when >= 0) {
                insertions.add(new Insertion(when, condition(products.scope(list))));
            }
        }
        if (insertions.isEmpty()) {
            return source;
        }
        StringBuilder text = new StringBuilder(source.text());
        for (int i = insertions.size() - 1; i >= 0; i--) {
            text.insert(insertions.get(i).at(), " " + insertions.get(i).condition());
        }
        return new RuleSource(source.path(), text.toString());
    }

    /** A guard condition and where it goes: right after a rule's {@code when}. */
    private record Insertion(int at, String condition) {
    }

    private static String condition(ProductScope scope) {
        List<String> parts = new ArrayList<>();
        if (!scope.servers().isEmpty()) {
            parts.add(notOther("ServerSetting", scope.servers()));
        }
        if (!scope.clients().isEmpty()) {
            parts.add(notOther("ClientSetting", scope.clients()));
        }
        return String.join(" ", parts);
    }

    /**
     * No product of the kind is named, or one of those named is in the list: a ticket often names the client that
     * fails beside one that works ("the CX600 phones fail, PCs with Lync 2013 are fine"), and the rule is about the
     * one in its list. It is written as a single condition, "not (a product is named and none named is in the list)",
     * rather than as an {@code or} of the two cases: Drools builds a rule with an {@code or} once per branch, so the
     * two-branch form built each guarded rule's network twice (four times with both kinds constrained), which was 40%
     * of building the built-in rule network at start-up. The single condition is the same for every rule with the same
     * list, so the network shares it, and the rule fires once per match of its own conditions, as before.
     */
    private static String notOther(String factClass, List<String> allowed) {
        String fact = "io.signindoctor.model." + factClass + "(name == \"product\"";
        return "not (" + fact + ") and not " + fact + ", value in ("
                + allowed.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")) + ")))";
    }

    /**
     * Where the rule's {@code when} keyword ends, found by reading past its name, metadata and attributes with their
     * quoted strings and comments, which may hold the word too; -1 when there is none.
     */
    static int whenKeywordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i = skipString(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (text.startsWith("when", i) && boundary(text, i - 1) && boundary(text, i + 4)) {
                return i + 4;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int skipString(String text, int open) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isJavaIdentifierPart(text.charAt(index));
    }

    private static String unquote(Object value) {
        String text = value == null ? "" : value.toString().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
