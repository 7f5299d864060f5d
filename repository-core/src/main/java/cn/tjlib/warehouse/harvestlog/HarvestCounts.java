package cn.tjlib.warehouse.harvestlog;

import cn.tjlib.warehouse.raw.RecordOutcome;

/** How many records of a harvest ended in each outcome; they always add up to {@link #total()}. */
public record HarvestCounts(int created, int updated, int unchanged, int deleted, int rejected) {
    public static final HarvestCounts ZERO = new HarvestCounts(0, 0, 0, 0, 0);

    public HarvestCounts {
        if (created < 0 || updated < 0 || unchanged < 0 || deleted < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public HarvestCounts plus(RecordOutcome outcome) {
        return switch (outcome) {
            case NEW -> new HarvestCounts(created + 1, updated, unchanged, deleted, rejected);
            case UPDATED -> new HarvestCounts(created, updated + 1, unchanged, deleted, rejected);
            case UNCHANGED -> new HarvestCounts(created, updated, unchanged + 1, deleted, rejected);
            case DELETED -> new HarvestCounts(created, updated, unchanged, deleted + 1, rejected);
            case REJECTED -> new HarvestCounts(created, updated, unchanged, deleted, rejected + 1);
        };
    }

    public HarvestCounts plus(HarvestCounts o) {
        return new HarvestCounts(created + o.created, updated + o.updated, unchanged + o.unchanged,
                deleted + o.deleted, rejected + o.rejected);
    }

    public int total() {
        return created + updated + unchanged + deleted + rejected;
    }
}
