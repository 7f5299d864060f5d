package cn.tjlib.warehouse.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch of queued records asks of the clusters, applied under the cluster lock: an accepted
 * record to place (again), or a record that leaves the catalogue. The last word on a record wins.
 */
final class ClusterChanges {
    private final Map<Long, Optional<UnifiedRecordWriter.Placement>> changes = new LinkedHashMap<>();
    void place(long rawId, UnifiedRecordWriter.Placement placement) {
        changes.remove(rawId);
        changes.put(rawId, Optional.of(placement));
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
