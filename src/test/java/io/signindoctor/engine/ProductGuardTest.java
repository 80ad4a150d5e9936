package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Products;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import java.util.List;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** The condition @appliesTo becomes, written where the author's line numbers stay as they are. */
class ProductGuardTest {

    private static final Source SOURCE = Source.file("case.yaml", 1);

    private final ProductGuard guard = new ProductGuard(Products.builtIn());

    private static String rule(String name, String metadata) {
        return "package p;\nimport io.signindoctor.model.*;\n\nrule \"" + name + "\"\n    @id(\"X-1\") " + metadata
                + "\nwhen\n    Symptom(name == \"sign-in\", value == \"fails\")\nthen\n"
                + "    insertLogical(Support.of(kcontext));\nend\n";
    }

    @Test
    void aRuleForSomeServersGetsItsConditionOnTheLineOfWhen() {
        String text = rule("Pool quorum", "@appliesTo(\"lync-2013,sfb-2015,sfb-2019\")");

        String guarded = guard.guard(new RuleSource("a.drl", text)).text();

        assertThat(guarded.lines().count()).isEqualTo(text.lines().count());
        assertThat(guarded).contains("\nwhen not (io.signindoctor.model.ServerSetting(name == \"product\") and not "
                + "io.signindoctor.model.ServerSetting(name == \"product\", value in (\"lync-2013\", \"sfb-2015\", "
                + "\"sfb-2019\")))\n");
        assertThat(guarded).doesNotContain("ClientSetting(name == \"product\"");
    }

    @Test
    void aListOfSharedIdsConstrainsServersAndClients() {
        String guarded = guard.guard(new RuleSource("a.drl", rule("Lync era", "@appliesTo(\"lync-2010, lync-2013\")")))
                .text();

        assertThat(guarded).contains("ServerSetting(name == \"product\", value in (\"lync-2010\", \"lync-2013\"))")
                .contains("ClientSetting(name == \"product\", value in (\"lync-2010\", \"lync-2013\"))");
    }

    @Test
    void theWordWhenInARuleNameOrMetadataIsNotTheKeyword() {
        String text = rule("Fails when the phone asks again", "@appliesTo(\"lync-phone-edition\") @doc(\"when.md\")");

        String guarded = guard.guard(new RuleSource("a.drl", text)).text();

        assertThat(guarded).contains("rule \"Fails when the phone asks again\"").contains("@doc(\"when.md\")\nwhen not ("
                + "io.signindoctor.model.ClientSetting(name == \"product\") and not io.signindoctor.model.ClientSetting("
                + "name == \"product\", value in (\"lync-phone-edition\")))\n");
    }

    @Test
    void rulesWithoutAppliesToOrWithAnUnknownProductAreLeftAsWritten() {
        String plain = rule("Every version", "@doc(\"d.md\")");
        String unknown = rule("Misspelt", "@appliesTo(\"sfb-2051\")");

        assertThat(guard.guard(new RuleSource("a.drl", plain)).text()).isEqualTo(plain);
        assertThat(guard.guard(new RuleSource("b.drl", unknown)).text()).isEqualTo(unknown);
    }

    /**
     * The guards compiled and run, for a list that constrains servers and clients: the rule concludes once when, for
     * each kind, no product is named or one named is in its list, never otherwise, and a product learned later that takes it out of scope withdraws what it
     * concluded.
     */
    @Test
    void aGuardedRuleConcludesOnceForAProductInItsListOrNoneAndWithdrawsForAnother() throws InvalidInputException {
        String text = "package p;\nimport io.signindoctor.model.*;\n\nrule \"Pool quorum\"\n    @id(\"X-1\") "
                + "@appliesTo(\"lync-2010,lync-2013\")\nwhen\n    Symptom(name == \"sign-in\", value == \"fails\")\nthen\n"
                + "    insertLogical(\"concluded\");\nend\n";
        KieBase rules = KieBaseBuilder.createKieBaseFromModel(new KnowledgeCompiler()
                .compile(List.of(new RuleSource("a.drl", text))).models());

        assertThat(conclusions(rules)).isEqualTo(1);
        assertThat(conclusions(rules, server("lync-2010"))).isEqualTo(1);
        assertThat(conclusions(rules, server("ocs-2007-r2"))).isZero();
        assertThat(conclusions(rules, server("ocs-2007-r2"), server("lync-2013"), client("lync-2013")))
                .isEqualTo(1);
        assertThat(conclusions(rules, server("lync-2013"), client("sfb-2016"))).isZero();

        KieSession session = rules.newKieSession();
        try {
            session.insert(new Symptom("sign-in", "fails", SOURCE));
            session.fireAllRules();
            FactHandle other = session.insert(server("ocs-2007-r2"));
            session.fireAllRules();
            assertThat(session.getObjects(String.class::isInstance)).isEmpty();
            session.delete(other);
            session.fireAllRules();
            assertThat(session.getObjects(String.class::isInstance)).hasSize(1);
        } finally {
            session.dispose();
        }
    }

    private static ServerSetting server(String product) {
        return new ServerSetting("product", product, SOURCE);
    }

    private static ClientSetting client(String product) {
        return new ClientSetting("product", product, SOURCE);
    }

    private static int conclusions(KieBase rules, Object... products) {
        KieSession session = rules.newKieSession();
        try {
            session.insert(new Symptom("sign-in", "fails", SOURCE));
            List.of(products).forEach(session::insert);
            session.fireAllRules();
            return session.getObjects(String.class::isInstance).size();
        } finally {
            session.dispose();
        }
    }
}
