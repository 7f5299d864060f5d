package cn.tjlib.warehouse.dedup.compare;

/**
 * What one field's similarity says about a match, Duke style: the probability of a match when the
 * field disagrees completely ({@code low}) and when it agrees completely ({@code high}); a similarity
 * in between interpolates linearly. 0.5 is no evidence either way.
 */
public record FieldWeight(double low, double high) {
    public FieldWeight {
        if (!(low > 0.0 && low <= high && high < 1.0)) {
            throw new IllegalArgumentException("field weight needs 0 < low <= high < 1, got low=" + low + ", high=" + high);
        }
    }

    public double probability(double similarity) {
        return low + (high - low) * similarity;
    }
}
