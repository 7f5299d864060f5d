package cn.tjlib.warehouse.raw;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {
    @Test
    void encodesExactlyAsGetBytesDoes() throws Exception {
        List<String> samples = List.of("", "abc", "é ß", "天津图书馆 (2015.6)", "emoji \uD83D\uDCDA pair",
                "lone high \uD800 end", "lone low \uDC00 x", "trailing high \uDBFF", "\uFFFE\uFFFF\u0800\u07FF\u0080\u007F",
                "x".repeat(5000) + "天".repeat(3000) + "\uD83D\uDCDA".repeat(1500));
        for (String s : samples) {
            assertThat(sha(s)).as(s.length() > 60 ? s.substring(0, 60) : s).isEqualTo(expected(s));
        }
        Random random = new Random(42);
        for (int k = 0; k < 2000; k++) {
            char[] chars = new char[random.nextInt(300)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x900) : random.nextInt(0x10000));
            }
            String s = new String(chars);
            assertThat(sha(s)).isEqualTo(expected(s));
        }
    }

    @Test
    void hashesTheDeletedFlagSetSpecsAndMetadata() throws Exception {
        HarvestedRecord r = HarvestedRecord.of("oai:x:1", Instant.EPOCH, List.of("book", "天津"), "<dc>天津 \uD83D\uDCDA</dc>");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("A\n".getBytes(StandardCharsets.UTF_8));
        sha.update("book 天津".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update("<dc>天津 \uD83D\uDCDA</dc>".getBytes(StandardCharsets.UTF_8));
        assertThat(ContentHash.of(r)).isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(ContentHash.of(HarvestedRecord.deleted("oai:x:1", Instant.EPOCH, List.of("book", "天津"))))
                .isNotEqualTo(ContentHash.of(r));
    }

    private static String sha(String s) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ContentHash.updateUtf8(sha, s, new byte[4096]);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String expected(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
