package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestKeysTest {
    @Test
    void foldsTraditionalAndFullWidthFormsAndKeepsOnlyLettersAndDigits() {
        assertThat(SuggestKeys.fold("天津歷史·ＡＢＣ 2版")).isEqualTo("天津历史abc2版");
    }

    @Test
    void givesThePinyinAndInitialsOfTheHanCharactersOnly() {
        SuggestKeys keys = SuggestKeys.of("魯迅 Lu Xun 全集");
        assertThat(keys).isEqualTo(new SuggestKeys("鲁迅luxun全集", "luxunquanji", "lxqj"));
        assertThat(SuggestKeys.pinyin("魯迅 Lu Xun 全集")).isEqualTo(keys.pinyin());
        assertThat(SuggestKeys.initials("魯迅 Lu Xun 全集")).isEqualTo(keys.initials());
    }

    @Test
    void hasNoPinyinWithoutHanCharactersAndPassesOtherPlanesThrough() {
        assertThat(SuggestKeys.of("Java 8")).isEqualTo(new SuggestKeys("java8", "", ""));
        // U+20BB7 (𠮷, a variant of 吉) lies outside the BMP: folded as one code point, never split
        assertThat(SuggestKeys.fold("𠮷野家")).isEqualTo("𠮷野家");
    }
}
