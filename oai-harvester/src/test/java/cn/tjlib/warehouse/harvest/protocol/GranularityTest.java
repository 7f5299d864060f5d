package cn.tjlib.warehouse.harvest.protocol;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GranularityTest {
    private final Instant lastStart = Instant.parse("2024-05-03T00:20:31.700Z");

    @Test
    void dayGranularityOverlapsByOneDay() {
        assertThat(Granularity.DAY.fromAfter(lastStart)).isEqualTo("2024-05-02");
    }

    @Test
    void secondsGranularityOverlapsByOneSecond() {
        assertThat(Granularity.SECONDS.fromAfter(lastStart)).isEqualTo("2024-05-03T00:20:30Z");
    }

    @Test
    void anUnknownDeclarationMeansDay() {
        assertThat(Granularity.parse("YYYY-MM-DDThh:mm:ssZ")).isEqualTo(Granularity.SECONDS);
        assertThat(Granularity.parse("YYYY-MM-DDThh:mm")).isEqualTo(Granularity.DAY);
        assertThat(Granularity.parse(null)).isEqualTo(Granularity.DAY);
    }
}
