package cn.tjlib.warehouse.harvest.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));

    @Test
    void doublesEachRetryWithJitterInTheUpperHalf() {
        for (int retry = 0; retry < 5; retry++) {
            long base = 1000L << retry;
            assertThat(backoff.delay(retry).toMillis()).isBetween(base / 2, base);
        }
    }

    @Test
    void neverExceedsTheCap() {
        assertThat(backoff.delay(6).toMillis()).isBetween(30_000L, 60_000L);
        assertThat(backoff.delay(62).toMillis()).isBetween(30_000L, 60_000L);
        assertThat(backoff.delay(Integer.MAX_VALUE).toMillis()).isBetween(30_000L, 60_000L);
    }

    @Test
    void aZeroBackoffWaitsNotAtAll() {
        assertThat(new Backoff(Duration.ZERO, Duration.ZERO, new Random()).delay(3)).isZero();
    }
}
