package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.TestRecords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CreatorOverlapTest {
    private final CreatorOverlap overlap = new CreatorOverlap();

    @Test
    void matchesInitialsWithFullNamesInAnyOrder() {
        var a = TestRecords.book("t").creators("J. Smith", "Mary K. Jones").prepared();
        var b = TestRecords.book("t").creators("Jones, Mary", "John Smith").prepared();
        assertThat(overlap.similarity(a, b)).hasValue(1.0);
    }

    @Test
    void doesNotMatchDifferentGivenNamesButCountsTheSharedFamilyHalf() {
        var a = TestRecords.book("t").creators("John Smith").prepared();
        var b = TestRecords.book("t").creators("James Smith").prepared();
        assertThat(overlap.similarity(a, b)).hasValue(0.5);
    }

    @Test
    void matchesNamesWithLostCharactersAndSwappedChineseOrder() {
        var a = TestRecords.book("t").creators("Mauricio A. Hern?ndez", "Wang Wei").prepared();
        var b = TestRecords.book("t").creators("Mauricio A. Hern&#225;ndez", "Wei Wang").prepared();
        assertThat(overlap.similarity(a, b)).hasValue(1.0);
    }

    @Test
    void takesATruncatedListAsEvidenceOnlyForTheNamesItShows() {
        var full = TestRecords.book("t").creators("张三", "李四", "王五").prepared();
        var truncated = TestRecords.book("t").creators("张三等著").prepared();
        assertThat(overlap.similarity(full, truncated)).hasValue(1.0);
    }

    @Test
    void usesDiceWhenOneListIsLonger() {
        var a = TestRecords.book("t").creators("A. Smith", "B. Jones", "C. Brown").prepared();
        var b = TestRecords.book("t").creators("A. Smith", "B. Jones").prepared();
        assertThat(overlap.similarity(a, b)).hasValueCloseTo(0.8, within(1e-9));
    }

    @Test
    void isSilentWhenARecordHasNoCreators() {
        var a = TestRecords.book("t").creators("?").prepared();
        var b = TestRecords.book("t").creators("A. Smith").prepared();
        assertThat(overlap.similarity(a, b)).isEmpty();
    }
}
