package cn.tjlib.warehouse.harvestlog;

/** The state of one harvest run. */
public enum HarvestStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED
}
