package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A run's progress after a page: its pages and counts so far (including pages stored before a
 * resumed crash), what the last page did, and the list size when the source announces it.
 */
public record HarvestProgress(long runId, String sourceCode, int pages, HarvestCounts lastPage, HarvestCounts counts,
                              OptionalLong completeListSize) {
    public HarvestProgress {
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(lastPage, "lastPage");
        Objects.requireNonNull(counts, "counts");
        completeListSize = completeListSize == null ? OptionalLong.empty() : completeListSize;
    }

    /** Records read so far in this run, whatever their outcome. */
    public int recordsSoFar() {
        return counts.total();
    }
}
