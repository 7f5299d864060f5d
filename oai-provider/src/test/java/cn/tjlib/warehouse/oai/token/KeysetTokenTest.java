package cn.tjlib.warehouse.oai.token;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetTokenTest {
    private static final KeysetToken TOKEN = new KeysetToken(
            new ListArguments("oai_dc", "library:tjl", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T23:59:59Z")),
            Instant.parse("2024-03-01T08:00:00Z"), 4711, 100, 250);

    @Test
    void decodesWhatItEncodes() throws Exception {
        assertThat(KeysetToken.decode(TOKEN.encode())).isEqualTo(TOKEN);
    }

    @Test
    void decodesWithoutOptionalArguments() throws Exception {
        KeysetToken bare = new KeysetToken(new ListArguments("oai_dc", null, null, null), Instant.EPOCH.plusSeconds(1), 1, 1, 1);

        assertThat(KeysetToken.decode(bare.encode())).isEqualTo(bare);
    }

    @Test
    void isUrlSafe() {
        assertThat(TOKEN.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsTokensItDidNotIssue() {
        String xoai = Base64.getEncoder().encodeToString("offset::100|prefix::oai_dc".getBytes(StandardCharsets.UTF_8));
        String tampered = Base64.getUrlEncoder().encodeToString("k1|oai_dc||||x|1|1|1".getBytes(StandardCharsets.UTF_8));

        for (String bad : new String[] {xoai, tampered, "%%%", ""}) {
            assertThatThrownBy(() -> KeysetToken.decode(bad)).isInstanceOf(BadResumptionTokenException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void rejectsAnImpossibleCursor() {
        assertThatThrownBy(() -> new KeysetToken(TOKEN.arguments(), Instant.EPOCH, 1, 300, 250))
                .hasMessageContaining("cursor 300 and completeListSize 250");
    }
}
