package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeduplicatorTest {
    private final Deduplicator deduplicator = new Deduplicator(MatchSettings.defaults());

    @Test
    void mergesOneBookCataloguedByTwoLibrariesInTraditionalAndSimplifiedScript() {
        MatchRecord a = TestRecords.book("紅樓夢：脂評匯校本").id("a1").source("tjl").creators("曹雪芹著")
                .venue("人民文學出版社").year(2006).isbn("7-02-005288-6").build();
        MatchRecord b = TestRecords.book("红楼梦：脂评汇校本").id("b7").source("nku").creators("曹雪芹 著")
                .venue("北京：人民文学出版社有限公司").year(2006).isbn("9787020052882").build();

        assertThat(deduplicator.compare(a, b)).isInstanceOf(MatchDecision.Match.class);
        assertThat(deduplicator.cluster(List.of(a, b))).singleElement()
                .satisfies(c -> assertThat(c.members()).containsExactly(a, b));
    }

    @Test
    void keepsVolumesOfOneSetApartDespiteTheirSharedIsbn() {
        MatchRecord first = TestRecords.book("中国通史 第1卷").id("1").source("tjl").year(2010).isbn("9787010000001").build();
        MatchRecord second = TestRecords.book("中国通史 第2卷").id("2").source("nku").year(2010).isbn("9787010000001").build();

        MatchDecision decision = deduplicator.compare(first, second);

        assertThat(decision).isInstanceOf(MatchDecision.Distinct.class);
        assertThat(decision.reason()).startsWith("dedup.volume");
        assertThat(deduplicator.cluster(List.of(first, second))).hasSize(2);
    }

    @Test
    void doesNotMergeALibrarysOwnDuplicates() {
        MatchRecord a = TestRecords.book("数据库系统概论").id("1").source("tjl").creators("王珊").year(2014).build();
        MatchRecord b = TestRecords.book("数据库系统概论").id("2").source("tjl").creators("王珊").year(2014).build();
        MatchRecord c = TestRecords.book("数据库系统概论").id("3").source("nku").creators("王珊").year(2014).build();

        List<Cluster> clusters = deduplicator.cluster(List.of(a, b, c));

        assertThat(clusters).hasSize(2).allSatisfy(cl -> assertThat(cl.sources()).hasSize(cl.size()));
        assertThat(deduplicator.candidates(List.of(a, b))).isEmpty();
    }

    @Test
    void sendsSameTitleAndYearWithDifferentAuthorsToReview() {
        MatchRecord a = TestRecords.book("Query optimization").id("1").source("x").creators("John Smith").year(1999).build();
        MatchRecord b = TestRecords.book("Query Optimization").id("2").source("y").creators("Mary Jones").year(1999).build();

        assertThat(deduplicator.deduplicate(List.of(a, b)).possibles()).singleElement()
                .satisfies(p -> assertThat(p.decision()).isInstanceOf(MatchDecision.Possible.class));
    }

    @Test
    void buildsAMatchRecordFromACanonicalRecord() {
        CanonicalRecord record = CanonicalRecord.builder("tjl", "r1").title("三体").creator(new Creator("刘慈欣", "著"))
                .publisher("重庆出版社").date("2008-01").type("图书")
                .identifier(new Identifier(IdentifierType.ISBN, "978-7-5366-9293-0")).build();

        MatchRecord m = MatchRecord.from(record);

        assertThat(m.source()).isEqualTo("tjl");
        assertThat(m.year()).hasValue(2008);
        assertThat(m.creators()).containsExactly("刘慈欣");
        assertThat(m.type().code()).isEqualTo("book");
    }

    @Test
    void rejectsThresholdsInTheWrongOrder() {
        MatchSettings d = MatchSettings.defaults();
        assertThatThrownBy(() -> new MatchSettings(d.title(), d.creators(), d.venue(), d.year(), d.identifiers(),
                0.5, 0.8, d.minTitleSimilarity(), 0, 100, 5, 200))
                .hasMessage("thresholds need 0 < possible <= match < 1, got possible=0.8, match=0.5");
    }
}
