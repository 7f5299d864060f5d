package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Optional;

/**
 * Titles must agree before anything else counts: a shared ISBN on two different titles is a reused
 * or mistyped number, not a duplicate (ISBD area 1, title proper; ISO 2108 on ISBN reuse).
 */
public final class TitleGuard implements MatchGuard {
    private final double minSimilarity;

    public TitleGuard(double minSimilarity) {
        if (minSimilarity < 0.0 || minSimilarity > 1.0) {
            throw new IllegalArgumentException("minimum title similarity must be within [0, 1], got " + minSimilarity);
        }
        this.minSimilarity = minSimilarity;
    }

    @Override
    public String ruleId() {
        return "dedup.title";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        if (a.title().isEmpty() || b.title().isEmpty()) {
            return Optional.of("a title is missing");
        }
        double similarity = TitleSimilarity.raw(a.title(), b.title());
        if (similarity >= minSimilarity) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "title similarity %.2f is below %.2f", similarity, minSimilarity));
    }
}
