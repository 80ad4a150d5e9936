package io.signindoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Builds compare part by part as numbers, which is what the rules' ranges of client builds rely on. */
class BuildNumbersTest {

    @Test
    void aBuildIsInARangeFromItsStartUpToButNotIncludingItsEnd() {
        assertThat(BuildNumbers.between("15.0.4569.1506", "15.0", "15.0.5023.1000")).isTrue();
        assertThat(BuildNumbers.between("15.0", "15.0", "15.0.5023.1000")).isTrue();
        assertThat(BuildNumbers.between("15.0.5023.1000", "15.0", "15.0.5023.1000")).isFalse();
        assertThat(BuildNumbers.between("16.0.4266.1001", "15.0", "15.0.5023.1000")).isFalse();
    }

    @Test
    void partsCompareAsNumbersNotAsText() {
        assertThat(BuildNumbers.between("16.9", "14.0", "16.15")).isTrue();
        assertThat(BuildNumbers.between("16.17.1", "14.0", "16.15")).isFalse();
        assertThat(BuildNumbers.between("16.0.11328.20222", "16.0.6000", "16.0.8431.2242")).isFalse();
        assertThat(BuildNumbers.between("16.0.7766.2099", "16.0.6000", "16.0.8431.2242")).isTrue();
    }

    @Test
    void textThatIsNoBuildIsInNoRange() {
        assertThat(BuildNumbers.between("latest", "1.0", "99.0")).isFalse();
        assertThat(BuildNumbers.between("15.0.x", "1.0", "99.0")).isFalse();
        assertThat(BuildNumbers.between("1.2.3.4.5", "1.0", "99.0")).isFalse();
        assertThat(BuildNumbers.between(null, "1.0", "99.0")).isFalse();
    }
}
