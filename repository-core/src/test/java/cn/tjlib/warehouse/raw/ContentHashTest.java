package cn.tjlib.warehouse.raw;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {
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
}
