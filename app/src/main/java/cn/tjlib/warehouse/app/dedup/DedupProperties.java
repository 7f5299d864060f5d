package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.dedup.MatchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of matching ({@code warehouse.dedup.*}); unset values keep the engine's defaults (measured
 * on DBLP-ACM and the demo network). A pair scoring at least {@code matchThreshold} is merged, at least
 * {@code possibleThreshold} goes to the review queue.
 */
@ConfigurationProperties("warehouse.dedup")
public record DedupProperties(Double matchThreshold, Double possibleThreshold, Integer maxBlockSize) {
    /** The engine's settings with these thresholds; fails naming the bad value. */
    public MatchSettings settings() {
        MatchSettings d = MatchSettings.defaults();
        return new MatchSettings(d.title(), d.creators(), d.venue(), d.year(), d.identifiers(),
                matchThreshold == null ? d.matchThreshold() : matchThreshold,
                possibleThreshold == null ? d.possibleThreshold() : possibleThreshold, d.minTitleSimilarity(), d.yearTolerance(),
                maxBlockSize == null ? d.maxBlockSize() : maxBlockSize, d.neighboursPerRecord(), d.maxTokenFrequency());
    }
}
