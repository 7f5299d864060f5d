package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFolderTest {
    @Test
    void foldsFullWidthToHalfWidth() {
        assertThat(TextFolder.fold("ＡＢＣ１２３：")).isEqualTo("abc123:");
    }

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(TextFolder.fold("紅樓夢")).isEqualTo("红楼梦");
    }

    @Test
    void decodesHtmlReferencesAndRemovesLatinDiacritics() {
        assertThat(TextFolder.fold("Lud&#228;scher &amp; G&ouml;del")).isEqualTo("ludascher & godel");
    }

    @Test
    void foldsNullToEmpty() {
        assertThat(TextFolder.fold(null)).isEmpty();
    }
}
