package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Optional;

/**
 * A rule learned from union catalogues that keeps two records apart whatever their score, e.g.
 * different volumes under one ISBN. Returns the reason when it vetoes the pair.
 */
public interface MatchGuard {
    /** Stable id, cited in the decision and in reports. */
    String ruleId();

    Optional<String> veto(PreparedRecord a, PreparedRecord b);
}
