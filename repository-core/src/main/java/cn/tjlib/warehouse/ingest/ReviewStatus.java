package cn.tjlib.warehouse.ingest;

/** Where a pair in the review queue stands: waiting, or decided by staff (binding on every later run). */
public enum ReviewStatus {
    PENDING, CONFIRMED, REJECTED
}
