package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;

/**
 * Proposes the pairs worth comparing, so that matching never compares every record with every other.
 * Pairs of records from the same source are never proposed: a library's own duplicates are not merged.
 */
public interface Blocker {
    void propose(List<PreparedRecord> records, PairCollector pairs);
}
