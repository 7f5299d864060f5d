package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.ingest.ReviewPair;

/** A pair in the review queue with both records as staff compare them side by side. */
public record ReviewPairView(ReviewPair pair, ReviewSideView left, ReviewSideView right) {
    /** The match score as a percentage, e.g. "72%". */
    public String scorePercent() {
        return Math.round(pair.score() * 100) + "%";
    }

    /** True when both records already sit in one unified record (a confirmation changes nothing, a rejection splits it). */
    public boolean together() {
        return left.side().unifiedId() != null && left.side().unifiedId().equals(right.side().unifiedId());
    }
}
