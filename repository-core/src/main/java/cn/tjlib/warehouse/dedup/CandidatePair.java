package cn.tjlib.warehouse.dedup;

import java.util.Objects;

/** Two records of different sources that blocking proposes to compare. */
public record CandidatePair(MatchRecord left, MatchRecord right) {
    public CandidatePair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
