package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules a case can fire: those whose needs its facts, or what possible rules insert, meet. */
class RulePrerequisitesTest {

    private static final Source SOURCE = Source.file("case.yaml", 1);
    private static final String MODEL = "io.signindoctor.model.";

    private final RulePrerequisites index = RulePrerequisites.parse(List.of(
            "manual\trule",
            "manual\tneeds\t" + MODEL + "ClientSetting\tconfiguration\tmanual",
            "manual\tinserts\t" + MODEL + "ManualConfiguration\t",
            "uses-manual\trule",
            "uses-manual\tneeds\t" + MODEL + "ManualConfiguration\t\t",
            "uses-manual\tneeds\t" + MODEL + "Symptom\tsign-in\t",
            "outside\trule",
            "outside\tneeds\t" + MODEL + "Symptom\texternal-users-sign-in\tfalse",
            "derives-outside\trule",
            "derives-outside\tneeds\t" + MODEL + "Symptom\taffected\t",
            "derives-outside\tinserts\t" + MODEL + "Symptom\texternal-users-sign-in",
            "always\trule"));

    @Test
    void aRuleIsPossibleWhenItsNeedsAreGivenOrInsertedByAPossibleRule() {
        assertThat(index.possible(List.of(new ClientSetting("configuration", "manual", SOURCE),
                new Symptom("sign-in", "fails", SOURCE))))
                .containsExactlyInAnyOrder("manual", "uses-manual", "always");
        assertThat(index.possible(List.of(new ClientSetting("configuration", "automatic", SOURCE),
                new Symptom("sign-in", "fails", SOURCE))))
                .containsExactlyInAnyOrder("always");
        assertThat(index.possible(List.of(new Symptom("affected", "some-users", SOURCE))))
                .containsExactlyInAnyOrder("derives-outside", "outside", "always");
    }

    @Test
    void aRuleThatMayInsertAnythingMakesEveryRulePossible() {
        RulePrerequisites anything = RulePrerequisites.parse(List.of(
                "any\trule", "any\tinserts-anything",
                "other\trule", "other\tneeds\t" + MODEL + "Symptom\tmessage\tother"));

        assertThat(anything.possible(List.of())).containsExactlyInAnyOrder("any", "other");
    }

    @Test
    void rulesModifyNothingOnlyWhileEveryConsequenceOnlyInsertsLogically() {
        RulePrerequisites anything = RulePrerequisites.parse(List.of("any\trule", "any\tinserts-anything"));

        assertThat(index.onlyInsertLogically()).isTrue();
        assertThat(anything.onlyInsertLogically()).isFalse();
    }
}
