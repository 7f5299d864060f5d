package cn.tjlib.warehouse.oai;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiSettingsTest {
    private static final URI BASE = URI.create("https://tjdl.tjlib.cn/oai");

    @Test
    void defaultsToPagesOfOneHundred() {
        assertThat(OaiSettings.of("仓储", BASE, "a@tjlib.cn", "tjdl.tjlib.cn").pageSize()).isEqualTo(100);
    }

    @Test
    void rejectsRepositoryIdentifierThatIsNotADomainName() {
        assertThatThrownBy(() -> OaiSettings.of("仓储", BASE, "a@tjlib.cn", "tjdl"))
                .hasMessageContaining("got 'tjdl'");
    }

    @Test
    void rejectsAdminEmailWithoutDomain() {
        assertThatThrownBy(() -> OaiSettings.of("仓储", BASE, "admin", "tjdl.tjlib.cn")).hasMessageContaining("got 'admin'");
    }

    @Test
    void rejectsPageSizeOutOfRange() {
        assertThatThrownBy(() -> OaiSettings.of("仓储", BASE, "a@tjlib.cn", "tjdl.tjlib.cn").withPageSize(0))
                .hasMessageContaining("got 0");
    }

    @Test
    void rejectsBaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> OaiSettings.of("仓储", URI.create("ftp://x.cn/oai"), "a@tjlib.cn", "tjdl.tjlib.cn"))
                .hasMessageContaining("got 'ftp://x.cn/oai'");
    }

    @Test
    void rejectsAListLimitBelowOneAndARetryAfterUnderASecond() {
        OaiSettings s = OaiSettings.of("仓储", BASE, "a@tjlib.cn", "tjdl.tjlib.cn");

        assertThatThrownBy(() -> s.withListLimit(0, Duration.ofSeconds(30))).hasMessageContaining("maxConcurrentLists must be 1..1000, got 0");
        assertThatThrownBy(() -> s.withListLimit(4, Duration.ofMillis(500))).hasMessageContaining("got PT0.5S");
        assertThat(s.maxConcurrentLists()).isEqualTo(4);
        assertThat(s.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }
}
