package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;

import java.time.Duration;
import java.util.Objects;

/**
 * How a harvest ended: the run's id in the harvest log (0 when no run could be recorded), its
 * status, counts and pages (including those of an interrupted run it resumed), and the error, or null.
 */
public record HarvestReport(long runId, String sourceCode, HarvestStatus status, HarvestCounts counts, int pages,
                            Duration duration, String error) {
    public HarvestReport {
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(duration, "duration");
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative, got " + pages);
        }
    }

    /** True when the whole list was harvested. */
    public boolean succeeded() {
        return status == HarvestStatus.SUCCEEDED;
    }
}
