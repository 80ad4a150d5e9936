package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a cue's opening "not" is also read in its contracted forms. */
class ContractionsTest {

    private static final Contractions CONTRACTIONS = new Contractions(Set.of("isn't", "wasn't"));

    @Test
    void aCueOpeningWithNotIsAlsoReadContracted() {
        List<String[]> variants = CONTRACTIONS.variants(new String[] {"not", "available"}, List.of());
        assertThat(variants).extracting(variant -> String.join(" ", variant))
                .containsExactlyInAnyOrder("isn't available", "wasn't available");
    }

    @Test
    void aFormTheGroupAlreadyListsIsNotAddedTwice() {
        List<String[]> group = List.of(new String[] {"not", "covered"}, new String[] {"isn't", "covered"});
        assertThat(CONTRACTIONS.variants(group.get(0), group)).extracting(variant -> String.join(" ", variant))
                .containsExactly("wasn't covered");
    }

    @Test
    void notAloneOrNotFirstHasNoVariant() {
        assertThat(CONTRACTIONS.variants(new String[] {"not"}, List.of())).isEmpty();
        assertThat(CONTRACTIONS.variants(new String[] {"does", "not", "match"}, List.of())).isEmpty();
    }
}
