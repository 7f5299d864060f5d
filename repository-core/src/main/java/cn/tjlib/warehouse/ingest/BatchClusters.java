package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.ingest.JdbcClusters.Member;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The clusters one batch reads and changes, held in memory and written at its end ({@link #flush}) with a
 * few batched statements, instead of a dozen statements per record, each a round trip to PostgreSQL.
 * A cluster is read whole or not at all: once one of its members is known, all are, so a change in
 * memory is never mixed with a stale row. Single-threaded, under the cluster lock.
 */
final class BatchClusters {
    private static final int FIRST_RESERVATION = 16;
    private static final int MAX_RESERVATION = 512;

    private final JdbcClusters jdbc;
    /** Raw records whose membership is known: as read ({@link #read}) and as it is now ({@link #current}). */
    private final Set<Long> known = new HashSet<>();
    private final Map<Long, Member> read = new HashMap<>();
    private final Map<Long, Member> current = new HashMap<>();
    /** Clusters read whole, or minted: unified id → members by raw id. */
    private final Map<Long, TreeMap<Long, Member>> clusters = new HashMap<>();
    private final Map<Long, Optional<Long>> lastClusters = new HashMap<>();
    private final Map<Long, Long> left = new LinkedHashMap<>();
    /** Whether a unified id was merged away (or does not exist); absent: not read yet. */
    private final Map<Long, Boolean> mergedAway = new HashMap<>();
    private final Map<Long, Long> merged = new LinkedHashMap<>();
    private final Deque<Long> reserved = new ArrayDeque<>();
    private final List<Long> allReserved = new ArrayList<>();
    private final Map<Long, String> mintedTypes = new LinkedHashMap<>();
    private int nextReservation = FIRST_RESERVATION;

    BatchClusters(JdbcClusters jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the clusters of these raw records (whole), with one statement per few thousand records. */
    void load(Collection<Long> rawIds) {
        List<Long> unknown = rawIds.stream().filter(id -> !known.contains(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        // a record not yet known is in a cluster not yet read, so none of these rows is stale
        jdbc.clustersOf(unknown).forEach(this::add);
        known.addAll(unknown);
    }

    /** Reads, for these raw records that are to be placed, the cluster each was last in and whether those ids were merged away. */
    void loadHistory(Collection<Long> rawIds) {
        List<Long> unread = rawIds.stream().filter(id -> !lastClusters.containsKey(id)).distinct().toList();
        Map<Long, Long> last = jdbc.lastClusters(unread);
        unread.forEach(id -> lastClusters.put(id, Optional.ofNullable(last.get(id))));
        Set<Long> ids = new HashSet<>(last.values());
        unread.forEach(id -> membership(id).ifPresent(m -> ids.add(m.unifiedId())));
        readMergedAway(ids);
    }

    /** Every raw record whose membership this batch has read. */
    Set<Long> knownRecords() {
        return Set.copyOf(known);
    }

    Optional<Member> membership(long rawId) {
        load(List.of(rawId));
        return Optional.ofNullable(current.get(rawId));
    }

    /** The live members among these raw records that belong to another library than {@code excludedLibrary}, in id order. */
    List<Member> memberships(Collection<Long> rawIds, String excludedLibrary) {
        load(rawIds);
        return rawIds.stream().distinct().sorted().map(current::get).filter(Objects::nonNull)
                .filter(m -> !m.library().equals(excludedLibrary)).toList();
    }

    /** The members of a cluster, in raw id order. */
    List<Member> members(long unifiedId) {
        return List.copyOf(cluster(unifiedId).values());
    }

    Optional<Long> lastCluster(long rawId) {
        if (!lastClusters.containsKey(rawId)) {
            loadHistory(List.of(rawId));
        }
        return lastClusters.get(rawId);
    }

    /** An id that has no members and was never merged away may be given back to a record that held it. */
    boolean reusable(long unifiedId) {
        if (!cluster(unifiedId).isEmpty()) {
            return false;
        }
        readMergedAway(List.of(unifiedId));
        return !mergedAway.get(unifiedId);
    }

    void join(long rawId, long unifiedId, String library, String fingerprint) {
        load(List.of(rawId));
        if (current.containsKey(rawId)) {
            throw new IllegalStateException("raw record " + rawId + " is already in unified record " + current.get(rawId).unifiedId());
        }
        put(new Member(rawId, unifiedId, library, fingerprint));
    }

    /** Removes the member and remembers its cluster, so that a record coming back can get its id again. */
    void leave(long rawId, long unifiedId) {
        Member m = current.remove(rawId);
        if (m == null || m.unifiedId() != unifiedId) {
            throw new IllegalStateException("raw record " + rawId + " is not in unified record " + unifiedId);
        }
        clusters.get(unifiedId).remove(rawId);
        left.put(rawId, unifiedId);
        lastClusters.put(rawId, Optional.of(unifiedId));
    }

    void move(long rawId, long toUnifiedId) {
        Member m = membership(rawId).orElseThrow(() -> new IllegalStateException("raw record " + rawId + " is in no cluster"));
        clusters.get(m.unifiedId()).remove(rawId);
        put(new Member(rawId, toUnifiedId, m.library(), m.fingerprint()));
    }

    /** Moves every member of {@code loser} into {@code survivor} and points the loser at it. */
    void merge(long loser, long survivor) {
        cluster(survivor);
        for (Member m : List.copyOf(cluster(loser).values())) {
            move(m.rawId(), survivor);
        }
        merged.replaceAll((l, s) -> s == loser ? survivor : s);
        merged.put(loser, survivor);
        mergedAway.put(loser, true);
    }

    /** A new unified id, larger than every id minted before it. */
    long mint(String type, Instant now) {
        if (reserved.isEmpty()) {
            List<Long> ids = jdbc.reserve(nextReservation, now);
            reserved.addAll(ids);
            allReserved.addAll(ids);
            nextReservation = Math.min(MAX_RESERVATION, nextReservation * 2);
        }
        long id = reserved.removeFirst();
        clusters.put(id, new TreeMap<>());
        mergedAway.put(id, false);
        if (!type.isEmpty()) {
            mintedTypes.put(id, type);
        }
        return id;
    }

    /** Writes what the batch changed; the batch is over. */
    void flush() {
        List<Long> removed = new ArrayList<>();
        List<Member> changed = new ArrayList<>();
        List<Member> added = new ArrayList<>();
        for (long rawId : known) {
            Member before = read.get(rawId);
            Member after = current.get(rawId);
            if (before != null && after == null) {
                removed.add(rawId);
            } else if (before == null && after != null) {
                added.add(after);
            } else if (before != null && !before.equals(after)) {
                changed.add(after);
            }
        }
        List<Long> unused = List.copyOf(reserved);
        // a minted id with members gets its type when its content is composed; only one merged away at once keeps the minted type
        mintedTypes.keySet().removeIf(id -> !clusters.get(id).isEmpty());
        jdbc.write(new JdbcClusters.Changes(removed, changed, added, merged, left, mintedTypes, unused));
        reserved.clear();
    }

    private TreeMap<Long, Member> cluster(long unifiedId) {
        TreeMap<Long, Member> members = clusters.get(unifiedId);
        if (members == null) {
            List<Member> rows = jdbc.members(List.of(unifiedId));
            // by the same rule as load: a cluster not read yet has no known member
            rows.forEach(this::add);
            rows.forEach(m -> known.add(m.rawId()));
            members = clusters.computeIfAbsent(unifiedId, k -> new TreeMap<>());
        }
        return members;
    }

    private void add(Member m) {
        read.put(m.rawId(), m);
        current.put(m.rawId(), m);
        clusters.computeIfAbsent(m.unifiedId(), k -> new TreeMap<>()).put(m.rawId(), m);
    }

    private void put(Member m) {
        current.put(m.rawId(), m);
        cluster(m.unifiedId()).put(m.rawId(), m);
    }

    private void readMergedAway(Collection<Long> unifiedIds) {
        List<Long> unread = unifiedIds.stream().filter(id -> !mergedAway.containsKey(id)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<Long, Boolean> found = jdbc.mergedAway(unread);
        // an id that does not exist cannot be given back
        unread.forEach(id -> mergedAway.put(id, found.getOrDefault(id, true)));
    }
}
