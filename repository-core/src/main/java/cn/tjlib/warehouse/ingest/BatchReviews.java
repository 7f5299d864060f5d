package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.dedup.MatchDecision;
import cn.tjlib.warehouse.ingest.JdbcReviews.Pair;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review pairs one batch reads and changes, held in memory and written at its end ({@link #flush}):
 * the pairs of a record are read once, with those of thousands of others in one statement, instead of a
 * few statements per record. Staff decisions do not change during a batch. Single-threaded, under the
 * cluster lock.
 */
final class BatchReviews {
    private final JdbcReviews jdbc;
    /** Records whose every pair is in {@link #pairs}. */
    private final Set<Long> covered = new HashSet<>();
    private final Map<String, Pair> pairs = new HashMap<>();
    private final Map<Long, Set<String>> byRecord = new HashMap<>();
    /** Stored pending pairs deleted by this batch: never read back in. */
    private final Map<String, Pair> dropped = new LinkedHashMap<>();
    private final Map<String, JdbcReviews.Proposal> proposed = new LinkedHashMap<>();

    BatchReviews(JdbcReviews jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads every pair of these records, with two statements per few thousand records. */
    void load(Collection<Long> rawIds) {
        List<Long> unread = rawIds.stream().filter(id -> !covered.contains(id)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        for (Pair p : jdbc.pairsOf(unread)) {
            String key = JdbcReviews.key(p.left(), p.right());
            // a pair read before (through its other record) may have been dropped or proposed since
            if (!pairs.containsKey(key) && !dropped.containsKey(key)) {
                add(key, p);
            }
        }
        covered.addAll(unread);
    }

    /** Queues an uncertain pair unless it is queued or decided already. */
    void propose(long a, long b, MatchDecision decision, Instant now) {
        load(List.of(a));
        String key = JdbcReviews.key(a, b);
        if (!pairs.containsKey(key)) {
            long left = Math.min(a, b);
            long right = Math.max(a, b);
            add(key, new Pair(left, right, ReviewStatus.PENDING));
            proposed.put(key, new JdbcReviews.Proposal(left, right, decision.score(), decision.reason(), now));
        }
    }

    /** Pending pairs of a record whose matching fields changed or which left are judged again next time. */
    void dropPending(long rawId) {
        load(List.of(rawId));
        for (String key : List.copyOf(byRecord.getOrDefault(rawId, Set.of()))) {
            Pair p = pairs.get(key);
            if (p.status() != ReviewStatus.PENDING) {
                continue;
            }
            pairs.remove(key);
            byRecord.get(p.left()).remove(key);
            byRecord.get(p.right()).remove(key);
            if (proposed.remove(key) == null) {
                dropped.put(key, p); // a stored pair (one proposed in this batch is simply not written)
            }
        }
    }

    boolean inAnyPair(long rawId) {
        load(List.of(rawId));
        return !byRecord.getOrDefault(rawId, Set.of()).isEmpty();
    }

    /** The decided partners of a record: partner raw id → CONFIRMED or REJECTED. */
    Map<Long, ReviewStatus> decisionsOf(long rawId) {
        load(List.of(rawId));
        Map<Long, ReviewStatus> out = new HashMap<>();
        for (String key : byRecord.getOrDefault(rawId, Set.of())) {
            Pair p = pairs.get(key);
            if (p.status() != ReviewStatus.PENDING) {
                out.put(p.left() == rawId ? p.right() : p.left(), p.status());
            }
        }
        return out;
    }

    /** The decided pairs among these records, keyed "smaller:larger". */
    Map<String, ReviewStatus> decisionsAmong(Collection<Long> rawIds) {
        Map<String, ReviewStatus> out = new HashMap<>();
        if (rawIds.size() < 2) {
            return out;
        }
        Set<Long> among = new LinkedHashSet<>(rawIds);
        load(among);
        for (long id : among) {
            for (String key : byRecord.getOrDefault(id, Set.of())) {
                Pair p = pairs.get(key);
                if (p.status() != ReviewStatus.PENDING && among.contains(p.left()) && among.contains(p.right())) {
                    out.put(key, p.status());
                }
            }
        }
        return out;
    }

    /** Writes what the batch dropped and proposed; the batch is over. */
    void flush() {
        jdbc.write(dropped.values(), proposed.values());
    }

    private void add(String key, Pair p) {
        pairs.put(key, p);
        byRecord.computeIfAbsent(p.left(), k -> new HashSet<>()).add(key);
        byRecord.computeIfAbsent(p.right(), k -> new HashSet<>()).add(key);
    }
}
