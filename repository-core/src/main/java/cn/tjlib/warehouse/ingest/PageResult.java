package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;

import java.util.List;

/** What a stored page did: outcome counts (adding up to the page size) and the rejected records. */
public record PageResult(HarvestCounts counts, List<Rejection> rejections, int catalogueChanges) {
    public PageResult {
        rejections = List.copyOf(rejections);
    }
}
