package cn.tjlib.warehouse.schedule;

import java.time.Instant;
import java.util.Objects;

/** A service instance's claim on harvesting one source, valid until {@code expiresAt}. */
public record HarvestLease(String sourceCode, String owner, Instant claimedAt, Instant expiresAt) {
    public HarvestLease {
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True while the claim holds at {@code now}. */
    public boolean heldAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
