package cn.tjlib.warehouse.harvest.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": half the capped delay is fixed, half random, so that
 * sources retrying after a shared outage spread out but none retries at once.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (0 for the first retry). */
    Duration delay(int retry) {
        long cap = max.toMillis();
        long base = retry >= 30 ? cap : Math.min(cap, initial.toMillis() << retry);
        if (base < 0) {
            base = cap; // the shift overflowed
        }
        long half = base / 2;
        return Duration.ofMillis(half + (base - half == 0 ? 0 : random.nextLong(base - half + 1)));
    }
}
