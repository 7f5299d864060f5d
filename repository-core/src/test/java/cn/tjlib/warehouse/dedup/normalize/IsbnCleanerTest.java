package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IsbnCleanerTest {
    @ParameterizedTest
    @CsvSource({"7-02-005288-6,9787020052882", "ISBN 978-7-02-005288-2 (平装),9787020052882",
            "0-306-40615-2,9780306406157", "080442957X,9780804429573", "１２３,''", "not an isbn,''"})
    void reducesIsbnsToThirteenDigits(String value, String expected) {
        assertThat(new IsbnCleaner().clean(value)).isEqualTo(expected);
    }
}
