package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;

import java.time.Instant;

/**
 * A harvest in this instance as it stands: {@code state} QUEUED, RUNNING or FINISHED; records and
 * pages of the run so far; the rate over this session; the seconds left when the source announced
 * its list size (else null); and, once finished, its status and error.
 */
public record HarvestSnapshot(String source, String state, boolean full, String trigger, Instant queuedAt,
                              Instant startedAt, Instant finishedAt, long runId, int pages, int records,
                              Long completeListSize, double recordsPerSecond, Long etaSeconds, HarvestCounts counts,
                              String status, String error) {
    public boolean active() {
        return !"FINISHED".equals(state);
    }
}
