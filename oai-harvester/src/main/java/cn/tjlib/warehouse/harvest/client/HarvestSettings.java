package cn.tjlib.warehouse.harvest.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the harvester talks to member libraries' servers. {@code requestTimeout} bounds a whole
 * exchange, headers and body, so a server that stalls mid-body cannot hang a harvest;
 * {@code maxRetries} counts retries after the first attempt; {@code maxBackoff} also caps Retry-After.
 */
public record HarvestSettings(Duration connectTimeout, Duration requestTimeout, int maxRetries, Duration initialBackoff,
                              Duration maxBackoff, long maxResponseBytes, String userAgent) {
    /** Settings that suit the member libraries' servers: patient, but never stuck. */
    public static final HarvestSettings DEFAULTS = new HarvestSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
            Duration.ofSeconds(1), Duration.ofSeconds(60), 64L * 1024 * 1024,
            "TianjinMetadataWarehouse/0.1 (OAI-PMH harvester)");

    public HarvestSettings {
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must satisfy 0 <= initialBackoff <= maxBackoff, got "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, got " + maxResponseBytes);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
