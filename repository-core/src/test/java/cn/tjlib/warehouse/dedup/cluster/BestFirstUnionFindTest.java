package cn.tjlib.warehouse.dedup.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BestFirstUnionFindTest {
    @Test
    void joinsTransitivelyMatchedRecordsOfDifferentSources() {
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 0.95);
        links.add(1, 2, 0.97);
        assertThat(new BestFirstUnionFind().cluster(new int[] {0, 1, 2}, links))
                .containsExactly(new int[] {0, 1, 2});
    }

    @Test
    void keepsAtMostOneRecordPerSourceAndLetsTheBetterScoreWin() {
        ScoredLinks links = new ScoredLinks();
        links.add(0, 2, 0.91);
        links.add(1, 2, 0.99);
        // records 0 and 1 both come from source 7
        assertThat(new BestFirstUnionFind().cluster(new int[] {7, 7, 8}, links))
                .containsExactlyInAnyOrder(new int[] {0}, new int[] {1, 2});
    }

    @Test
    void refusesAMergeThatWouldBringTwoRecordsOfOneSourceTogetherIndirectly() {
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 0.99);
        links.add(2, 3, 0.98);
        links.add(1, 2, 0.97);
        // 0 and 3 share source 5, so the two clusters must stay apart
        assertThat(new BestFirstUnionFind().cluster(new int[] {5, 6, 7, 5}, links))
                .containsExactlyInAnyOrder(new int[] {0, 1}, new int[] {2, 3});
    }

    @Test
    void leavesUnmatchedRecordsAsSingletons() {
        assertThat(new BestFirstUnionFind().cluster(new int[] {0, 1}, new ScoredLinks())).hasSize(2);
    }
}
