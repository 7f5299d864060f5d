package cn.tjlib.warehouse.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A pair of records that matching could not decide (score between the non-match and match thresholds),
 * and the staff decision on it once there is one ({@code decidedAt} and {@code decidedBy} null before).
 */
public record ReviewPair(long id, ReviewSide left, ReviewSide right, double score, String reason, ReviewStatus status,
                         Instant createdAt, Instant decidedAt, String decidedBy) {
    public ReviewPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
