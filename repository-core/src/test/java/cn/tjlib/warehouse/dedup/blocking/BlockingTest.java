package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.TestRecords;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingTest {
    private static long[] propose(Blocker blocker, List<PreparedRecord> records) {
        PairCollector pairs = new PairCollector();
        blocker.propose(records, pairs);
        return pairs.pairs();
    }

    @Test
    void proposesRecordsSharingAnIsbnWhateverTheirTitles() {
        List<PreparedRecord> records = List.of(
                TestRecords.book("高等数学").isbn("7-04-039663-1").prepared(0, 0),
                TestRecords.book("高等数学 上册").isbn("9787040396638").prepared(1, 1),
                TestRecords.book("别的书").isbn("9787111111111").prepared(2, 2));
        assertThat(propose(new StandardBlocking(List.of(new IdentifierKey()), 10), records))
                .containsExactly(PairCollector.pack(0, 1));
    }

    @Test
    void neverProposesTwoRecordsOfOneSource() {
        List<PreparedRecord> records = List.of(
                TestRecords.book("数据库系统概论").prepared(0, 0), TestRecords.book("数据库系统概论").prepared(1, 0));
        assertThat(propose(new StandardBlocking(List.of(new TitlePrefixKey(24)), 10), records)).isEmpty();
        assertThat(propose(new TokenNeighbourBlocking(5, 10), records)).isEmpty();
    }

    @Test
    void splitsAnOversizedBlockByYearAndSkipsWhatIsStillTooLarge() {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(TestRecords.book("Editorial").year(2000).prepared(i, i));
        }
        records.add(TestRecords.book("Editorial").year(2001).prepared(6, 6));
        records.add(TestRecords.book("Editorial").year(2001).prepared(7, 7));
        long[] pairs = propose(new StandardBlocking(List.of(new TitlePrefixKey(24)), 4), records);
        assertThat(pairs).containsExactly(PairCollector.pack(6, 7));
    }

    @Test
    void findsReorderedTitlesBySortedTokens() {
        List<PreparedRecord> records = List.of(TestRecords.book("Query optimization, parallel").prepared(0, 0),
                TestRecords.book("Parallel query optimization").prepared(1, 1));
        assertThat(propose(new StandardBlocking(List.of(new SortedTokensKey()), 10), records)).hasSize(1);
    }

    @Test
    void findsRewordedTitlesThroughSharedRareTokens() {
        List<PreparedRecord> records = new ArrayList<>();
        records.add(TestRecords.book("Sleepers and workaholics: caching strategies in mobile environments").prepared(0, 0));
        records.add(TestRecords.book("Sleepers and Workaholics (extended version)").prepared(1, 1));
        for (int i = 2; i < 40; i++) {
            records.add(TestRecords.book("Caching strategies number " + i).prepared(i, i));
        }
        long[] pairs = propose(new TokenNeighbourBlocking(2, 100), records);
        assertThat(pairs).contains(PairCollector.pack(0, 1));
        assertThat(pairs.length).isLessThanOrEqualTo(2 * records.size());
    }

    @Test
    void collectsEachPairOnceWhicheverWayItWasAdded() {
        PairCollector pairs = new PairCollector();
        pairs.add(3, 1);
        pairs.add(1, 3);
        pairs.add(2, 2);
        assertThat(pairs.pairs()).containsExactly(PairCollector.pack(1, 3));
        assertThat(PairCollector.first(PairCollector.pack(3, 1))).isEqualTo(1);
        assertThat(PairCollector.second(PairCollector.pack(3, 1))).isEqualTo(3);
    }
}
