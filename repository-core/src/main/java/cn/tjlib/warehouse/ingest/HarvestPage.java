package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.raw.HarvestedRecord;

import java.util.List;
import java.util.Objects;

/**
 * One page of a harvest run, stored in one transaction together with the run's checkpoint:
 * {@code nextToken} is the resumption token that fetches the page after it (null at the end).
 */
public record HarvestPage(long runId, String sourceCode, String metadataPrefix, List<HarvestedRecord> records,
                          String nextToken) {
    public HarvestPage {
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        records = List.copyOf(records);
    }
}
