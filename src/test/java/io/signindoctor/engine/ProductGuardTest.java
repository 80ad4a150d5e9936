package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.Products;
import io.signindoctor.kbfiles.RuleSource;
import org.junit.jupiter.api.Test;

/** The condition @appliesTo becomes, written where the author's line numbers stay as they are. */
class ProductGuardTest {

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
        assertThat(guarded).contains("\nwhen ((not io.signindoctor.model.ServerSetting(name == \"product\")) or (exists "
                + "io.signindoctor.model.ServerSetting(name == \"product\", value in (\"lync-2013\", \"sfb-2015\", "
                + "\"sfb-2019\"))))\n");
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

        assertThat(guarded).contains("rule \"Fails when the phone asks again\"").contains("@doc(\"when.md\")\nwhen ((not "
                + "io.signindoctor.model.ClientSetting(name == \"product\")) or (exists io.signindoctor.model.ClientSetting("
                + "name == \"product\", value in (\"lync-phone-edition\"))))\n");
    }

    @Test
    void rulesWithoutAppliesToOrWithAnUnknownProductAreLeftAsWritten() {
        String plain = rule("Every version", "@doc(\"d.md\")");
        String unknown = rule("Misspelt", "@appliesTo(\"sfb-2051\")");

        assertThat(guard.guard(new RuleSource("a.drl", plain)).text()).isEqualTo(plain);
        assertThat(guard.guard(new RuleSource("b.drl", unknown)).text()).isEqualTo(unknown);
    }
}
