package io.signindoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is made of an object is made once while it keeps its slot, and only for that very object. */
class LastByIdentityTest {

    private final List<String> made = new ArrayList<>();

    private String make(List<String> key) {
        made.add(String.join("+", key));
        return "made of " + key;
    }

    @Test
    void theSameObjectMetAgainIsNotMadeAgain() {
        LastByIdentity<List<String>, String> last = new LastByIdentity<>(64, this::make);
        List<String> key = List.of("a", "b");

        assertThat(last.get(key)).isEqualTo("made of [a, b]");
        assertThat(last.get(key)).isEqualTo("made of [a, b]");
        assertThat(made).containsExactly("a+b");
    }

    @Test
    void anEqualButOtherObjectIsMadeOfItself() {
        LastByIdentity<List<String>, String> last = new LastByIdentity<>(64, this::make);

        last.get(new ArrayList<>(List.of("a")));
        last.get(new ArrayList<>(List.of("a")));

        assertThat(made).containsExactly("a", "a");
    }

    @Test
    void anObjectPushedOutOfItsSlotIsMadeAgainWhenItComesBack() {
        LastByIdentity<List<String>, String> last = new LastByIdentity<>(1, this::make);
        List<String> first = List.of("first");
        List<String> second = List.of("second");

        last.get(first);
        last.get(second);
        last.get(first);

        assertThat(made).containsExactly("first", "second", "first");
    }

    @Test
    void aTableThatIsNotAPowerOfTwoIsRefused() {
        assertThatThrownBy(() -> new LastByIdentity<List<String>, String>(100, this::make))
                .hasMessageContaining("power of two");
    }
}
