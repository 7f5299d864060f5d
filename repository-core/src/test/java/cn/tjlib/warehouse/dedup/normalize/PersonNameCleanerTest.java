package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameCleanerTest {
    private final PersonNameCleaner cleaner = new PersonNameCleaner();

    @ParameterizedTest
    @CsvSource({"曹雪芹著,曹雪芹", "王珊 主编,王珊", "张三等编著,张三", "李四（译）,李四", "（美）高德纳,高德纳", "曹雪芹 著,曹雪芹"})
    void stripsChineseRoleWordsAndNationality(String creator, String family) {
        assertThat(cleaner.parse(creator)).hasValue(new PersonName(family, List.of()));
    }

    @Test
    void readsGivenNamesThenFamilyName() {
        assertThat(cleaner.parse("D. Scott Mackay")).hasValue(new PersonName("mackay", List.of("d", "scott")));
    }

    @Test
    void invertsFamilyCommaGiven() {
        assertThat(cleaner.parse("Smith, John (ed.)")).hasValue(new PersonName("smith", List.of("john")));
    }

    @Test
    void keepsLostCharactersAndDropsLatinRoles() {
        assertThat(cleaner.parse("Daniel Barbar? et al.")).hasValue(new PersonName("barbar?", List.of("daniel")));
    }

    @Test
    void treatsNamesWithoutLettersAsMissing() {
        assertThat(cleaner.parse("?")).isEmpty();
        assertThat(cleaner.parse(" -- ")).isEmpty();
    }

    @Test
    void noticesTruncatedCreatorLists() {
        assertThat(cleaner.truncates("王五等")).isTrue();
        assertThat(cleaner.truncates("J. Smith et al.")).isTrue();
        assertThat(cleaner.truncates("J. Smith")).isFalse();
    }
}
