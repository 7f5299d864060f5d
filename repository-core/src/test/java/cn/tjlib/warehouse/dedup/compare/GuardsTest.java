package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.TestRecords;
import cn.tjlib.warehouse.record.ResourceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardsTest {
    @Test
    void volumeGuardSeparatesVolumesOfOneSet() {
        var first = TestRecords.book("中国通史 上册").prepared();
        var second = TestRecords.book("中国通史 下册").prepared();
        assertThat(new VolumeGuard().veto(first, second)).hasValue("volume '1' differs from '3'");
    }

    @Test
    void volumeGuardSeparatesAVolumeFromTheSetRecord() {
        var volume = TestRecords.book("The art of computer programming, vol. 2").prepared();
        var set = TestRecords.book("The art of computer programming").prepared();
        assertThat(new VolumeGuard().veto(volume, set)).isPresent();
    }

    @Test
    void volumeGuardLetsTheSameVolumeWrittenDifferentlyThrough() {
        var arabic = TestRecords.book("Handbook of logic, vol. 2").prepared();
        var roman = TestRecords.book("Handbook of logic. Volume II").prepared();
        assertThat(new VolumeGuard().veto(arabic, roman)).isEmpty();
    }

    @Test
    void editionGuardSeparatesEditionsAndReadsNoStatementAsFirstEdition() {
        var second = TestRecords.book("数据结构 第2版").prepared();
        var plain = TestRecords.book("数据结构").prepared();
        var first = TestRecords.book("数据结构 第一版").prepared();
        assertThat(new EditionGuard().veto(second, plain)).hasValue("edition '2' differs from '1'");
        assertThat(new EditionGuard().veto(first, plain)).isEmpty();
    }

    @Test
    void yearGuardSeparatesDifferentYearsBeyondTheTolerance() {
        var y2001 = TestRecords.book("t").year(2001).prepared();
        var y2002 = TestRecords.book("t").year(2002).prepared();
        var unknown = TestRecords.book("t").prepared();
        assertThat(new YearGuard(0).veto(y2001, y2002)).hasValue("year 2001 differs from 2002");
        assertThat(new YearGuard(1).veto(y2001, y2002)).isEmpty();
        assertThat(new YearGuard(0).veto(y2001, unknown)).isEmpty();
    }

    @Test
    void yearGuardRejectsANegativeTolerance() {
        assertThatThrownBy(() -> new YearGuard(-1)).hasMessage("year tolerance must not be negative, got -1");
    }

    @Test
    void resourceTypeGuardSeparatesABookFromItsAudioBookButNotFromAnUnknownType() {
        var book = TestRecords.book("三体").type(ResourceType.BOOK).prepared();
        var audio = TestRecords.book("三体").type(ResourceType.AUDIO).prepared();
        var unknown = TestRecords.book("三体").prepared();
        assertThat(new ResourceTypeGuard().veto(book, audio)).hasValue("type book differs from audio");
        assertThat(new ResourceTypeGuard().veto(book, unknown)).isEmpty();
    }

    @Test
    void titleGuardRefusesASharedIsbnOnDifferentTitles() {
        var a = TestRecords.book("高等数学").isbn("9787040396638").prepared();
        var b = TestRecords.book("线性代数与解析几何").isbn("9787040396638").prepared();
        assertThat(new TitleGuard(0.5).veto(a, b)).hasValueSatisfying(r -> assertThat(r).startsWith("title similarity"));
    }

    @Test
    void titleGuardAcceptsCaseAndPunctuationVariants() {
        var a = TestRecords.book("The Merge/Purge Problem for Large Databases").prepared();
        var b = TestRecords.book("The merge-purge problem for large databases").prepared();
        assertThat(new TitleGuard(0.5).veto(a, b)).isEmpty();
    }
}
