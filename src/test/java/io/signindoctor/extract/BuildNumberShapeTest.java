package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Client builds are told from addresses, protocol versions and decimals by their shape alone. */
class BuildNumberShapeTest {

    private static ValueKind kind(String text) {
        return Shapes.kindOf(text, Set.of());
    }

    @Test
    void threeOrFourDottedGroupsAreABuild() {
        assertThat(kind("15.0.5023.1000")).isEqualTo(ValueKind.VERSION);
        assertThat(kind("4.0.7577.4484")).isEqualTo(ValueKind.VERSION);
        assertThat(kind("16.0.11328")).isEqualTo(ValueKind.VERSION);
    }

    @Test
    void anAddressStaysAnAddressAndTwoGroupsStayAWord() {
        assertThat(kind("10.20.0.11")).isEqualTo(ValueKind.IP);
        assertThat(kind("1.2")).isEqualTo(ValueKind.WORD);
        assertThat(kind("6.19")).isEqualTo(ValueKind.WORD);
    }

    @Test
    void aLongFirstGroupOrAnOverlongGroupIsNoBuild() {
        assertThat(BuildNumberShape.isBuildNumber("2019.04.02")).isFalse();
        assertThat(BuildNumberShape.isBuildNumber("15.0.123456.1")).isFalse();
        assertThat(BuildNumberShape.isBuildNumber("15.0.5023.1000.1")).isFalse();
        assertThat(BuildNumberShape.isBuildNumber("15..5023")).isFalse();
        assertThat(BuildNumberShape.isBuildNumber("15.0.5023.")).isFalse();
    }

    @Test
    void aBuildNearTheClientsNameBecomesTheClientBuildAndAServerBuildDoesNot() throws InvalidInputException {
        TextExtractor extractor = new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));

        assertThat(read(extractor, "Lync 2013 client ver 15.0.4569.1506 cannot sign in."))
                .contains("client.build = 15.0.4569.1506");
        assertThat(read(extractor, "The pool runs Skype for Business Server 2015 CU9 6.0.9319.548."))
                .noneMatch(fact -> fact.startsWith("client.build"));
    }

    private static List<String> read(TextExtractor extractor, String text) {
        List<Extracted> found = new ArrayList<>();
        extractor.extract("description", text, Source.text("queue.csv", 1), found, new HashSet<>());
        return found.stream().map(extracted -> extracted.fact().describe()).toList();
    }
}
