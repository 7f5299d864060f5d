package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchDecision;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.MatchSettings;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierConflictGuardTest {
    private final Deduplicator engine = new Deduplicator(MatchSettings.defaults());
    private final IdentifierConflictGuard guard = new IdentifierConflictGuard();

    private PreparedRecord record(String title, Identifier... ids) {
        return engine.prepare(new MatchRecord("1", "tjl", title, List.of("天津财经大学学报编辑部"), "天津财经大学",
                OptionalInt.of(1989), List.of(ids), ResourceType.JOURNAL, "", ""));
    }

    private static Identifier id(IdentifierType type, String value) {
        return new Identifier(type, value);
    }

    @Test
    void serialsWithTheSameTitleButDifferentIssnsAreDifferentSerials() {
        var a = record("天津财经大学学报（社会科学版）", id(IdentifierType.ISSN, "2654-8453"));
        var b = record("天津财经大学学报 社会科学版", id(IdentifierType.ISSN, "6586-0071"));

        assertThat(guard.veto(a, b)).hasValueSatisfying(r -> assertThat(r).startsWith("ISSN"));
        assertThat(engine.compare(a, b)).isInstanceOf(MatchDecision.Distinct.class);
    }

    @Test
    void oneIsbnWrittenAsIsbn10AndIsbn13IsNoConflict() {
        var a = record("数据结构", id(IdentifierType.ISBN, "7-302-02368-9"));
        var b = record("数据结构", id(IdentifierType.ISBN, "978-7-302-02368-5"));

        assertThat(guard.veto(a, b)).isEmpty();
    }

    @Test
    void differentIssuingNumbersAreDifferentOfficialDocuments() {
        var a = record("天津市人民政府关于优化养老服务的意见", id(IdentifierType.LOCAL, "津政发〔2016〕49号"));
        var b = record("天津市人民政府关于优化养老服务的意见", id(IdentifierType.LOCAL, "津政发[2016]50号"));
        var same = record("天津市人民政府关于优化养老服务的意见", id(IdentifierType.LOCAL, "津政发（2016）第049号"));

        assertThat(guard.veto(a, b)).hasValueSatisfying(r -> assertThat(r).startsWith("document number"));
        assertThat(guard.veto(a, same)).isEmpty();
    }

    @Test
    void differentAddressesOnOneHostConflictButOtherHostsSayNothing() {
        var a = record("通知", id(IdentifierType.URI, "https://www.tj.gov.cn/zwgk/t1.html"));
        var b = record("通知", id(IdentifierType.URI, "http://tj.gov.cn/zwgk/t2.html"));
        var sameAgain = record("通知", id(IdentifierType.URI, "http://TJ.gov.cn/zwgk/t1.html/"));
        var elsewhere = record("通知", id(IdentifierType.URI, "https://opac.tjl.cn/record/77"));

        assertThat(guard.veto(a, b)).hasValueSatisfying(r -> assertThat(r).contains("tj.gov.cn"));
        assertThat(guard.veto(a, sameAgain)).isEmpty();
        assertThat(guard.veto(a, elsewhere)).isEmpty();
    }

    @Test
    void recordsWithoutIdentifiersOfOneSchemeAreNotJudgedByIt() {
        var a = record("数据结构", id(IdentifierType.ISBN, "978-7-302-02368-5"));
        var b = record("数据结构");

        assertThat(guard.veto(a, b)).isEmpty();
    }
}
