package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherCleanerTest {
    @ParameterizedTest
    @CsvSource({"科学出版社,科学", "北京：科学出版社有限公司,科学", "人民文學出版社,人民文学", "The MIT Press,mit",
            "Springer-Verlag GmbH,springer", "O'Reilly Media Inc.,o reilly media", "ACM Trans. Database Syst.,acm trans. database syst.",
            "Press,press"})
    void stripsPlaceAndCorporateSuffixes(String publisher, String expected) {
        assertThat(new PublisherCleaner().clean(publisher)).isEqualTo(expected);
    }
}
