package cn.tjlib.warehouse.dedup.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StringSimilarityTest {
    @Test
    void levenshteinIsOneMinusEditsOverLongerLength() {
        assertThat(Levenshtein.similarity("kitten", "sitting", 0.0)).isCloseTo(1.0 - 3.0 / 7, within(1e-9));
    }

    @Test
    void levenshteinGivesUpBelowTheFloor() {
        assertThat(Levenshtein.similarity("abcdefgh", "zyxwvuts", 0.5)).isZero();
        assertThat(Levenshtein.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    }

    @Test
    void jaroWinklerMatchesTheTextbookExample() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("abc", "")).isZero();
    }

    @Test
    void diceCountsRepeatedTokensOnlyAsOftenAsBothHaveThem() {
        assertThat(DiceCoefficient.similarity(List.of("a", "a", "b"), List.of("a", "b", "c"))).isCloseTo(4.0 / 6, within(1e-9));
    }

    @Test
    void wildcardStandsForOneOrTwoLostCharacters() {
        assertThat(Wildcards.equal("hern?ndez", "hernandez")).isTrue();
        assertThat(Wildcards.equal("kie?ling", "kiessling")).isTrue();
        assertThat(Wildcards.equal("kr?ll", "kroell")).isTrue();
        assertThat(Wildcards.equal("kr?ll", "kraeull")).isFalse();
        assertThat(Wildcards.equal("smith", "smyth")).isFalse();
    }
}
