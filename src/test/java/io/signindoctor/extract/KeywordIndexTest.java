package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass keyword search finds, for each pattern, every place one of its keywords starts, overlaps included. */
class KeywordIndexTest {

    @Test
    void givesEveryStartOfEachPatternsKeywordsInOnePass() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("tls", "tcp"), List.of("s"), List.of("sip uri",
                "uri"), List.of("absent"), List.of("ip u")));

        int[][] starts = index.occurrences("over tcp, then tls; the sip uri is x");

        assertThat(starts[0]).containsExactly(5, 15);
        assertThat(starts[1]).containsExactly(17, 24, 33);
        assertThat(starts[2]).containsExactly(24, 28);
        assertThat(starts[3]).isNull();
        assertThat(starts[4]).containsExactly(25);
    }
}
