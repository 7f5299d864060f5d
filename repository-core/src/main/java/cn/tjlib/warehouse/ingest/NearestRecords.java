package cn.tjlib.warehouse.ingest;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A top-k similarity search over the live catalogue members, the second source of match candidates
 * after the blocking keys: it finds a copy whose every key differs (a typo at the start of the title, a
 * missing creator, a different ISBN form) as long as enough title words, character pairs and creator
 * names agree. Implemented with Lucene by the search module; the database stays the source of truth,
 * so a candidate it returns is checked against the clusters before use and a lost update only costs recall.
 */
public interface NearestRecords {
    /** No similarity search: candidates come from the blocking keys alone. */
    NearestRecords NONE = new NearestRecords() {
        @Override
        public List<Long> nearest(Collection<String> tokens, String excludedLibrary, int k) {
            return List.of();
        }

        @Override
        public void put(long rawId, String library, Collection<String> tokens) {
        }

        @Override
        public void remove(long rawId) {
        }

        @Override
        public void refresh() {
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void rebuild(Iterator<Entry> all) {
        }
    };

    /** A live member as indexed: raw record id, library, matching tokens. */
    record Entry(long rawId, String library, Collection<String> tokens) {
    }

    /** Raw ids of up to {@code k} records of other libraries sharing the most (rarest) tokens, best first. */
    List<Long> nearest(Collection<String> tokens, String excludedLibrary, int k);

    /** Adds or replaces a member; visible to {@link #nearest} after the next {@link #refresh()}. */
    void put(long rawId, String library, Collection<String> tokens);

    void remove(long rawId);

    /** Makes what was put and removed so far searchable; called after each clustering batch commits. */
    void refresh();

    /** How many members are indexed (0 means a rebuild is due when the catalogue is not empty). */
    long size();

    /** Replaces everything with {@code all}. */
    void rebuild(Iterator<Entry> all);
}
