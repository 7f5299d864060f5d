package cn.tjlib.warehouse.dedup;

/**
 * The verdict on one pair: {@link Match} (same resource, merged), {@link Possible} (for a cataloguer to
 * review) or {@link Distinct}. The score is the match probability; a guard's veto scores 0 and names
 * its rule.
 */
public sealed interface MatchDecision {
    double score();

    /** Why: the rule that vetoed, or how the score compares with the thresholds. */
    String reason();

    record Match(double score, String reason) implements MatchDecision {
    }

    record Possible(double score, String reason) implements MatchDecision {
    }

    record Distinct(double score, String reason) implements MatchDecision {
    }
}
