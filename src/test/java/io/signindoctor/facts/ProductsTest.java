package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an @appliesTo list means, read against the products the vocabulary names. */
class ProductsTest {

    private final Products products = Products.builtIn();

    @Test
    void theProductsAreTheSchemasChoices() {
        assertThat(products.servers()).containsExactly("ocs-2007-r2", "lync-2010", "lync-2013", "sfb-2015", "sfb-2019");
        assertThat(products.clients()).contains("communicator-2007-r2", "lync-phone-edition");
        assertThat(products.all()).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void aListWithServerOnlyIdsSpeaksOfServersAndWelcomesAnyClient() {
        ProductScope scope = products.scope("lync-2013, sfb-2015,sfb-2019");

        assertThat(scope.servers()).containsExactly("lync-2013", "sfb-2015", "sfb-2019");
        assertThat(scope.clients()).isEmpty();
        assertThat(scope.allows("sfb-2015", "communicator-2007-r2")).isTrue();
        assertThat(scope.allows("lync-2010", null)).isFalse();
        assertThat(scope.allows(null, null)).isTrue();
    }

    @Test
    void aListWithClientOnlyIdsSpeaksOfClients() {
        ProductScope scope = products.scope("lync-2013,sfb-2016");

        assertThat(scope.servers()).isEmpty();
        assertThat(scope.clients()).containsExactly("lync-2013", "sfb-2016");
        assertThat(scope.allows("ocs-2007-r2", "sfb-2016")).isTrue();
        assertThat(scope.allows(null, "lync-2010")).isFalse();
    }

    @Test
    void sharedIdsAloneSpeakOfBothKinds() {
        ProductScope scope = products.scope("lync-2010");

        assertThat(scope.servers()).containsExactly("lync-2010");
        assertThat(scope.clients()).containsExactly("lync-2010");
        assertThat(scope.describe(products)).isEqualTo("Lync Server 2010; Lync 2010");
    }

    @Test
    void unknownIdsAreListedAndRefused() {
        assertThat(products.unknown("lync-2013,sfb-2051, OCS")).isEqualTo(List.of("sfb-2051", "OCS"));
        assertThatThrownBy(() -> products.scope("sfb-2051")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sfb-2051 is not a product");
    }
}
