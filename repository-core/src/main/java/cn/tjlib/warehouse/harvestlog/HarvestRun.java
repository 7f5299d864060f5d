package cn.tjlib.warehouse.harvestlog;

import java.time.Instant;

/** One harvest of one source, with its checkpoint: pages done, counts so far and the next resumption token. */
public record HarvestRun(long id, String sourceCode, Instant startedAt, Instant finishedAt, HarvestStatus status,
                         boolean full, String fromDate, int pages, HarvestCounts counts, String resumptionToken,
                         String error) {
}
