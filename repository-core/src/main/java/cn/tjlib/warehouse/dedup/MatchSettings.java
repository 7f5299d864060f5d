package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.compare.FieldWeight;

import java.util.Objects;

/**
 * Weights, thresholds and blocking limits of the matching engine. A pair scoring at least
 * {@code matchThreshold} matches, at least {@code possibleThreshold} goes to review; {@code minTitleSimilarity}
 * and {@code yearTolerance} parameterise the title and year guards; {@code maxBlockSize},
 * {@code neighboursPerRecord} and {@code maxTokenFrequency} bound the candidate set (see the blocking package).
 */
public record MatchSettings(FieldWeight title, FieldWeight creators, FieldWeight venue, FieldWeight year,
                            FieldWeight identifiers, double matchThreshold, double possibleThreshold,
                            double minTitleSimilarity, int yearTolerance, int maxBlockSize,
                            int neighboursPerRecord, int maxTokenFrequency) {
    public MatchSettings {
        Objects.requireNonNull(title, "title weight");
        Objects.requireNonNull(creators, "creators weight");
        Objects.requireNonNull(venue, "venue weight");
        Objects.requireNonNull(year, "year weight");
        Objects.requireNonNull(identifiers, "identifiers weight");
        if (!(possibleThreshold > 0.0 && possibleThreshold <= matchThreshold && matchThreshold < 1.0)) {
            throw new IllegalArgumentException("thresholds need 0 < possible <= match < 1, got possible="
                    + possibleThreshold + ", match=" + matchThreshold);
        }
        if (minTitleSimilarity < 0.0 || minTitleSimilarity > 1.0) {
            throw new IllegalArgumentException("minTitleSimilarity must be within [0, 1], got " + minTitleSimilarity);
        }
        if (yearTolerance < 0 || maxBlockSize < 2 || neighboursPerRecord < 1 || maxTokenFrequency < 2) {
            throw new IllegalArgumentException("need yearTolerance >= 0, maxBlockSize >= 2, neighboursPerRecord >= 1"
                    + " and maxTokenFrequency >= 2, got " + yearTolerance + ", " + maxBlockSize + ", "
                    + neighboursPerRecord + ", " + maxTokenFrequency);
        }
    }

    /** The settings measured on the DBLP-ACM benchmark (see DblpAcmEvaluationIT). */
    public static MatchSettings defaults() {
        return new MatchSettings(
                new FieldWeight(0.02, 0.97),
                new FieldWeight(0.10, 0.95),
                new FieldWeight(0.40, 0.65),
                new FieldWeight(0.10, 0.70),
                new FieldWeight(0.25, 0.97),
                0.90, 0.60, 0.50, 0, 100, 5, 200);
    }
}
