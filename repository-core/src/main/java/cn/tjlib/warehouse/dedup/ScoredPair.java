package cn.tjlib.warehouse.dedup;

import java.util.Objects;

/** A compared pair and its decision. */
public record ScoredPair(MatchRecord left, MatchRecord right, MatchDecision decision) {
    public ScoredPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(decision, "decision");
    }
}
