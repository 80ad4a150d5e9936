package io.signindoctor.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.kbfiles.RuleSource;
import java.util.List;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;

/** What the index records of a rule's conditions and consequence: only what is certain. */
class PrerequisiteIndexTest {

    private static List<String> lines(String rule) throws DroolsParserException {
        return PrerequisiteIndex.lines(List.of(new RuleSource("a.drl",
                "package p;\nimport io.signindoctor.model.*;\n\nrule \"R\"\nwhen\n" + rule + "\nend\n")));
    }

    @Test
    void positivePatternsOfTheConjunctionAreNeededWithTheirNameAndValue() throws DroolsParserException {
        assertThat(lines("""
                    ClientSetting(name == "configuration", value == "manual")
                    exists Symptom(name == "sign-in")
                    ServerSetting(name == "product" || name == "fqdn")
                    not SignInWorks()
                    Symptom(name == "message", value == "other") or Account(name == "enabled")
                    DnsRecord(name == "sip.contoso.com")
                then
                    insertLogical(Support.of(kcontext));"""))
                .containsExactly(
                        "p.R\trule",
                        "p.R\tneeds\tio.signindoctor.model.ClientSetting\tconfiguration\tmanual",
                        "p.R\tneeds\tio.signindoctor.model.Symptom\tsign-in\t",
                        "p.R\tneeds\tio.signindoctor.model.ServerSetting\t\t",
                        "p.R\tneeds\tio.signindoctor.model.DnsRecord\t\t",
                        "p.R\tinserts\tio.signindoctor.model.Support\t");
    }

    @Test
    void aNamedValueMadeWithALiteralNameIsInsertedUnderThatName() throws DroolsParserException {
        assertThat(lines("""
                    $s: Symptom(name == "affected")
                then
                    insertLogical(new Symptom("external-users-sign-in", "false", $s.getSource()));"""))
                .contains("p.R\tinserts\tio.signindoctor.model.Symptom\texternal-users-sign-in");
    }

    @Test
    void aConsequenceThatDoesAnythingElseMayInsertAnything() throws DroolsParserException {
        assertThat(lines("""
                    $s: Symptom(name == "affected")
                then
                    insertLogical(Support.of(kcontext));
                    insert($s);""")).endsWith("p.R\tinserts-anything");
        assertThat(lines("""
                    $s: Symptom(name == "affected")
                then
                    Object made = Support.of(kcontext);
                    insertLogical(made);""")).endsWith("p.R\tinserts-anything");
    }
}
