package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Optional;

/**
 * Records published in years further apart than the tolerance are different printings or editions
 * (ISBD area 4, date of publication); an unknown year vetoes nothing.
 */
public final class YearGuard implements MatchGuard {
    private final int tolerance;

    public YearGuard(int tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("year tolerance must not be negative, got " + tolerance);
        }
        this.tolerance = tolerance;
    }

    @Override
    public String ruleId() {
        return "dedup.year";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        if (!a.hasYear() || !b.hasYear() || Math.abs(a.year() - b.year()) <= tolerance) {
            return Optional.empty();
        }
        return Optional.of("year " + a.year() + " differs from " + b.year());
    }
}
