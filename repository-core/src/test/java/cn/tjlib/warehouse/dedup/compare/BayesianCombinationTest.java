package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.TestRecords;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BayesianCombinationTest {
    private final FieldComparator agrees = (a, b) -> OptionalDouble.of(1.0);
    private final FieldComparator silent = (a, b) -> OptionalDouble.empty();

    @Test
    void multipliesTheOddsOfEachField() {
        var combination = new BayesianCombination(List.of(
                new BayesianCombination.Field("a", agrees, new FieldWeight(0.1, 0.9)),
                new BayesianCombination.Field("b", agrees, new FieldWeight(0.1, 0.8))));
        var r = TestRecords.book("t").prepared();
        // odds 9 × 4 = 36
        assertThat(combination.probability(r, r)).isCloseTo(36.0 / 37.0, within(1e-9));
    }

    @Test
    void ignoresFieldsEitherRecordLacks() {
        var combination = new BayesianCombination(List.of(
                new BayesianCombination.Field("a", silent, new FieldWeight(0.01, 0.99))));
        var r = TestRecords.book("t").prepared();
        assertThat(combination.probability(r, r)).isEqualTo(0.5);
    }

    @Test
    void rejectsAWeightOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> new FieldWeight(0.0, 0.9))
                .hasMessage("field weight needs 0 < low <= high < 1, got low=0.0, high=0.9");
    }
}
