package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.extract.ErrorCodes;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.Fact;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workers of a classify run share what the rules concluded on an observation, and conclude the same alone. */
class BatchSessionTest {

    private static final KnowledgeBase RULES = Knowledge.builtIn().rules();

    private static List<Fact> tcpOnPort5082(int line) {
        Source source = Source.file("queue.csv", line);
        return List.of(new ClientSetting("transport", "TCP", source), new ServerSetting("pool-tcp-port", "5082",
                source));
    }

    @Test
    void aVerdictOneWorkerReachedIsReusedByAnotherThatSharesTheCache() {
        VerdictCache verdicts = new VerdictCache(VerdictCache.REMEMBERED);
        try (BatchSession first = new BatchSession(RULES, verdicts);
                BatchSession second = new BatchSession(RULES, verdicts);
                BatchSession alone = new BatchSession(RULES, null)) {
            Verdict verdict = first.classify(tcpOnPort5082(2));

            assertThat(verdict.causes()).isNotEmpty();
            assertThat(second.classify(tcpOnPort5082(7))).isSameAs(verdict);
            assertThat(alone.classify(tcpOnPort5082(7))).isEqualTo(verdict).isNotSameAs(verdict);
        }
    }

    /** A site's rules are code this project has not read: they might read an address's digits. */
    @Test
    void withSiteRulesObservationsKeepTheirAddresses() throws InvalidInputException {
        KnowledgeBase withSiteRules = KnowledgeBase.builtInWith(List.of(new RuleSource("site/rules/lab.drl", """
                package site.rules;
                import io.signindoctor.model.ClientSetting;
                rule "Lab servers"
                    @id("SITE-001") @cause("manual-server-not-fqdn") @cf(0.2) @doc("causes/manual-server-not-fqdn.md")
                when
                    ClientSetting(name == "internal-server", value.startsWith("10.99."))
                then
                end
                """)), ErrorCodes.builtIn());

        assertThat(RULES.readsNoAddressDigits()).isTrue();
        assertThat(withSiteRules.readsNoAddressDigits()).isFalse();
    }
}
