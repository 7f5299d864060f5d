package cn.tjlib.warehouse.harvest.protocol;

import org.junit.jupiter.api.Test;

import java.io.Reader;

import static org.assertj.core.api.Assertions.assertThat;

class CharAtReaderTest {
    @Test
    void readsTheWholeStringInPiecesOfAnySizeThenEnds() throws Exception {
        String text = "天津\uD83D\uDCDA abc " + "图书馆".repeat(3000);
        for (int size : new int[] {1, 3, 8192, 20000}) {
            Reader reader = new CharAtReader(text);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[size + 2];
            int n;
            while ((n = reader.read(buffer, 1, size)) != -1) {
                assertThat(n).isBetween(1, size);
                read.append(buffer, 1, n);
            }
            assertThat(read.toString()).isEqualTo(text);
            assertThat(reader.read(buffer, 0, 1)).isEqualTo(-1);
        }
    }
}
