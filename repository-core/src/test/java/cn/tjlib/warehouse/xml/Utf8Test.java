package cn.tjlib.warehouse.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {
    @Test
    void encodesExactlyAsGetBytesDoes() {
        List<String> samples = List.of("", "abc", "é ß", "天津图书馆 (2015.6)", "emoji \uD83D\uDCDA pair",
                "lone high \uD800 end", "lone low \uDC00 x", "trailing high \uDBFF", "\uFFFE\uFFFF\u0800\u07FF\u0080\u007F",
                "x".repeat(5000) + "天".repeat(3000) + "\uD83D\uDCDA".repeat(1500));
        for (String s : samples) {
            assertThat(Utf8.bytes(s)).as(s.length() > 60 ? s.substring(0, 60) : s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
            assertThat(Utf8.length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
        Random random = new Random(42);
        for (int k = 0; k < 2000; k++) {
            char[] chars = new char[random.nextInt(300)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x900) : random.nextInt(0x10000));
            }
            String s = new String(chars);
            assertThat(Utf8.bytes(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
