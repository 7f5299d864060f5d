package cn.tjlib.warehouse.schemas.validation.rule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierNumbersTest {

    @ParameterizedTest
    @CsvSource({"ISBN 7-201-08888-2,978-7-201-08888-4", "7201088882,9787201088884",
            "ISBN 978-7-201-08888-9,978-7-201-08888-4", "9787201088880,9787201088884", "ISBN ７２０１０８８８８２,9787201088884"})
    void convertsToIsbn13KeepingTheCataloguersHyphens(String isbn, String isbn13) {
        assertThat(IsbnNumber.toIsbn13(isbn)).isEqualTo(isbn13);
    }

    @ParameterizedTest
    @CsvSource({"7201088882,true", "720108888X,false", "9787201088884,true", "9777201088884,false",
            "72010888,false", "080442957X,true"})
    void knowsWellFormedIsbnsWithRightCheckDigits(String compact, boolean valid) {
        boolean right = IsbnNumber.wellFormed(compact) && IsbnNumber.expectedCheck(compact) == compact.charAt(compact.length() - 1);
        assertThat(right).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"1002397,6", "0254416,4", "2434561,X"})
    void computesIssnCheckDigitModulo11(String seven, char check) {
        assertThat(IssnCheckDigit.check(seven + "0")).isEqualTo(check);
    }
}
