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

    @Test
    void characterAtATimeSimplificationAgreesWithIcuOnWholeTraditionalTexts() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        for (String text : java.util.List.of("天津圖書館館藏古籍善本書目", "中國近現代史綱要：從鴉片戰爭到五四運動", "臺灣鄉土文學與電影藝術",
                "瀋陽故宮博物院藏畫", "後來的發展與髮型", "鐘錶製造業歷史", "乾隆御製詩文集")) {
            String nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(text);
            assertThat(TextFolder.fold(text)).isEqualTo(icu.transliterate(nfkc).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
