package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsbnTest {
    @Test
    void convertsIsbn10ToIsbn13WithANewCheckDigit() {
        assertThat(Isbn.toIsbn13("7-5306-1234-4")).contains("9787530612347");
        assertThat(Isbn.toIsbn13("7530612344")).contains("9787530612347");
    }

    @Test
    void convertsIsbn10EndingInX() {
        assertThat(Isbn.toIsbn13("0-8044-2957-X")).contains("9780804429573");
    }

    @Test
    void stripsHyphensAndSpacesFromIsbn13() {
        assertThat(Isbn.toIsbn13("978-7-5306-1234-7")).contains("9787530612347");
        assertThat(Isbn.toIsbn13("978 7 5306 1234 7")).contains("9787530612347");
    }

    @Test
    void findsTheIsbnAmongCataloguingNoise() {
        assertThat(Isbn.toIsbn13("ISBN 7-5306-1234-4 : CNY25.00")).contains("9787530612347");
    }

    @Test
    void givesNothingForTextWithoutAnIsbn() {
        assertThat(Isbn.toIsbn13("历史")).isEmpty();
        assertThat(Isbn.toIsbn13("2020")).isEmpty();
    }
}
