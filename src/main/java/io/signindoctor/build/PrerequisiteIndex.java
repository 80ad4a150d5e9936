package io.signindoctor.build;

import io.signindoctor.engine.RulePrerequisites;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.Source;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Build step: writes, for every built-in rule, the facts its conditions need and the facts its consequence may insert,
 * which the tool reads to build a one-shot diagnosis's rule network from the rules its case can fire only
 * (io.signindoctor.engine.RulePrerequisites). Only what is certain is recorded: a pattern of the rule's top-level
 * conjunction (or alone inside {@code exists}) that matches working memory, with its type and, for a named value,
 * a name or value compared for equality with a text; negations, {@code or}, {@code from} and every other constraint
 * are left out, which can only keep a rule in. A consequence is read as its {@code insertLogical} calls; one that
 * does anything else is recorded as inserting anything, which keeps every rule in.
 */
final class PrerequisiteIndex {

    private static final Pattern EQUALS_TEXT = Pattern.compile("\\s*(name|value)\\s*==\\s*\"([^\"\\\\\\t\\n]*)\"\\s*");
    private static final Pattern WORKING_MEMORY_CALL =
            Pattern.compile("\\b(insert|insertLogical|modify|update|delete|retract|drools|kcontext\\.getKieRuntime)\\b");
    private static final Pattern INSERT_LOGICAL = Pattern.compile(
            "insertLogical\\(\\s*(new\\s+)?([A-Z][A-Za-z0-9_]*)\\s*(\\.\\s*[a-z][A-Za-z0-9_]*\\s*)?\\(\\s*(\"([^\"\\\\\\t\\n]*)\"\\s*,)?");

    private PrerequisiteIndex() {
    }

    /**
     * The index lines of these sources, in the tool's format; a source that does not parse adds none, and a rule whose
     * name would break a line is left out, which the tool takes as a rule to keep.
     */
    static List<String> lines(List<RuleSource> sources) throws DroolsParserException {
        List<String> lines = new ArrayList<>();
        for (RuleSource source : sources) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, source.text());
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                String name = pkg.getName() + "." + rule.getName();
                if (name.contains("\t") || name.contains("\n")) {
                    continue;
                }
                lines.add(name + "\t" + RulePrerequisites.RULE);
                for (BaseDescr condition : rule.getLhs().getDescrs()) {
                    needed(condition, pkg)
                            .ifPresent(need -> lines.add(name + "\t" + RulePrerequisites.NEEDS + "\t" + need));
                }
                lines.addAll(inserted(rule, pkg).stream().map(insert -> name + "\t" + insert).toList());
            }
        }
        return lines;
    }

    /** "TYPE NAME VALUE" of a condition that needs a fact, the name and value empty when not required. */
    private static Optional<String> needed(BaseDescr condition, PackageDescr pkg) {
        if (condition instanceof ExistsDescr exists && exists.getDescrs().size() == 1) {
            return needed((BaseDescr) exists.getDescrs().get(0), pkg);
        }
        if (!(condition instanceof PatternDescr pattern) || pattern.getSource() != null || pattern.isQuery()) {
            return Optional.empty();
        }
        Optional<Class<?>> type = resolve(pattern.getObjectType(), pkg);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String name = "";
        String value = "";
        if (NamedValue.class.isAssignableFrom(type.get()) && pattern.getConstraint() instanceof AndDescr and) {
            for (BaseDescr constraint : and.getDescrs()) {
                Matcher equals = constraint instanceof ExprConstraintDescr expression
                        ? EQUALS_TEXT.matcher(expression.getExpression()) : null;
                if (equals != null && equals.matches()) {
                    if (equals.group(1).equals("name")) {
                        name = equals.group(2);
                    } else {
                        value = equals.group(2);
                    }
                }
            }
        }
        return Optional.of(type.get().getName() + "\t" + name + "\t" + value);
    }

    /**
     * "inserts TYPE NAME" for each {@code insertLogical} of the consequence, the name given when a named value is
     * made with a literal name; "inserts-anything" when the consequence touches working memory in any other way.
     */
    private static List<String> inserted(RuleDescr rule, PackageDescr pkg) {
        String consequence = String.valueOf(rule.getConsequence());
        List<String> inserts = new ArrayList<>();
        Matcher insert = INSERT_LOGICAL.matcher(consequence);
        int understood = 0;
        while (insert.find()) {
            Optional<Class<?>> type = resolve(insert.group(2), pkg);
            boolean constructed = insert.group(1) != null && insert.group(3) == null;
            boolean made = insert.group(1) == null && insert.group(3) != null;
            if (type.isEmpty() || !constructed && !(made && factoryOf(type.get(), insert.group(3)))) {
                return List.of(RulePrerequisites.INSERTS_ANYTHING);
            }
            String name = constructed && insert.group(5) != null && namedByFirstArgument(type.get())
                    ? insert.group(5) : "";
            inserts.add(RulePrerequisites.INSERTS + "\t" + type.get().getName() + "\t" + name);
            understood++;
        }
        Matcher calls = WORKING_MEMORY_CALL.matcher(consequence);
        int touches = 0;
        while (calls.find()) {
            touches++;
        }
        return touches == understood && rule.getNamedConsequences().isEmpty() ? inserts
                : List.of(RulePrerequisites.INSERTS_ANYTHING);
    }

    /** A named value whose only constructor takes (name, value, source), as NamedValue's does. */
    private static boolean namedByFirstArgument(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        return NamedValue.class.isAssignableFrom(type) && constructors.length == 1
                && Arrays.equals(constructors[0].getParameterTypes(),
                        new Class<?>[] {String.class, String.class, Source.class});
    }

    /**
     * Whether ".method" of a type is a static factory of that type: every public static method of that name returns
     * it or a subtype, so what the rule inserts is of that type.
     */
    private static boolean factoryOf(Class<?> type, String call) {
        String method = call.replace(".", "").strip();
        List<Method> factories = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(method) && Modifier.isStatic(candidate.getModifiers()))
                .toList();
        return !factories.isEmpty()
                && factories.stream().allMatch(factory -> type.isAssignableFrom(factory.getReturnType()));
    }

    /** The class a rule names, through the package's imports as the compiler finds it. */
    private static Optional<Class<?>> resolve(String type, PackageDescr pkg) {
        List<String> candidates = new ArrayList<>();
        if (type.contains(".")) {
            candidates.add(type);
        }
        for (ImportDescr importDescr : pkg.getImports()) {
            String target = importDescr.getTarget();
            if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + type);
            } else if (target.endsWith("." + type)) {
                candidates.add(target);
            }
        }
        candidates.add(pkg.getName() + "." + type);
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, PrerequisiteIndex.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not this import; try the next
            }
        }
        return Optional.empty();
    }
}
