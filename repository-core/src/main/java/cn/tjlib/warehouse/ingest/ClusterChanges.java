package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.record.CanonicalRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a page or a re-validation asks of the clusters, collected while records are stored and applied
 * afterwards under the cluster lock: an accepted record to place (again), or a record that leaves the
 * catalogue. The last word on a record wins.
 */
final class ClusterChanges {
    private final Map<Long, Optional<UnifiedRecordWriter.Placement>> changes = new LinkedHashMap<>();
    private final Function<CanonicalRecord, UnifiedRecordWriter.Placement> preparer;

    /** {@code preparer} normalises a record for matching; it runs here, before the lock, on the harvest's own thread. */
    ClusterChanges(Function<CanonicalRecord, UnifiedRecordWriter.Placement> preparer) {
        this.preparer = preparer;
    }

    void place(long rawId, CanonicalRecord record) {
        changes.remove(rawId);
        changes.put(rawId, Optional.of(preparer.apply(record)));
    }

    void leave(long rawId) {
        changes.remove(rawId);
        changes.put(rawId, Optional.empty());
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    Map<Long, Optional<UnifiedRecordWriter.Placement>> asMap() {
        return changes;
    }
}
