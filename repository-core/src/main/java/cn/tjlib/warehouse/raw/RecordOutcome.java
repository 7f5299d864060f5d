package cn.tjlib.warehouse.raw;

/** What happened to one harvested record; every record of a page gets exactly one. */
public enum RecordOutcome {
    NEW, UPDATED, UNCHANGED, DELETED, REJECTED
}
