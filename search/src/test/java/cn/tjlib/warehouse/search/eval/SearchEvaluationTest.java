package cn.tjlib.warehouse.search.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchEvaluationTest {
    @Test
    void firstRelevantRankIsOneBasedAndZeroWhenMissing() {
        assertThat(SearchEvaluation.firstRelevantRank(List.of(5L, 7L, 9L), Set.of(7L))).isEqualTo(2);
        assertThat(SearchEvaluation.firstRelevantRank(List.of(5L), Set.of(7L))).isZero();
    }

    @Test
    void ndcgIsOneForAPerfectRankingAndLessWhenRelevantHitsComeLater() {
        assertThat(SearchEvaluation.ndcg(List.of(1L, 2L, 3L), Set.of(1L, 2L))).isEqualTo(1.0);
        assertThat(SearchEvaluation.ndcg(List.of(3L, 1L), Set.of(1L))).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
        assertThat(SearchEvaluation.ndcg(List.of(3L), Set.of())).isZero();
    }
}
