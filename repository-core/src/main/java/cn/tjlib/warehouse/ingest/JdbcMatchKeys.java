package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking keys of live members ({@code match_key}) and their records prepared for matching. Prepared
 * records are cached by fingerprint (a hash of the matching fields), so the cache is content-addressed:
 * an entry is right whatever transaction put it there.
 */
final class JdbcMatchKeys {
    private static final int CACHE_SIZE = 50_000;
    private static final int MAX_KEY_LENGTH = 300;
    /** The most candidates a record is compared with, best ranked by shared keys (see {@link #candidates}). */
    static final int MAX_COMPARED = 50;
    private static final int OVERSIZED_REMEMBERED = 200_000;
    private static final int OVERSIZED_RECHECK_BATCHES = 500;
    private static final JdbcMultiRowInsert INSERT_ROWS = new JdbcMultiRowInsert("insert into match_key (match_key, raw_record_id) values ",
            "(?, ?)");

    /** The blocks a batch of placements reads and changes, held in memory until the batch ends. */
    private static final class Batch {
        final Map<String, List<Long>> blocks = new HashMap<>();
        final Set<String> oversized = new java.util.HashSet<>();
        /** The keys of the blocks each record is in, so that removing a record visits only those. */
        final Map<Long, List<String>> keysOf = new HashMap<>();
        /** Records whose stored keys are deleted at the batch end, before the inserts. */
        final Set<Long> removed = new java.util.HashSet<>();
        final List<Object[]> inserts = new ArrayList<>();

        void addToBlock(String key, List<Long> block, long rawId) {
            block.add(rawId);
            keysOf.computeIfAbsent(rawId, k -> new ArrayList<>(4)).add(key);
        }
    }

    private final JdbcTemplate jdbc;
    private final Deduplicator deduplicator;
    private final int maxBlockSize;
    private Batch batch;
    /**
     * Keys known to be over the maximum block size ("研究", a prolific author's year): counting such a block
     * reads all of it, every batch, and it only grows in a bulk load. Forgotten every few hundred batches so
     * that a block shrunk by deletions is used again.
     */
    private final Set<String> oversized = new java.util.HashSet<>();
    private long batches;
    private final Map<String, PreparedRecord> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedRecord> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    JdbcMatchKeys(JdbcTemplate jdbc, Deduplicator deduplicator, int maxBlockSize) {
        this.jdbc = jdbc;
        this.deduplicator = deduplicator;
        this.maxBlockSize = maxBlockSize;
    }

    static String fingerprint(MatchRecord record) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(record.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    PreparedRecord prepare(MatchRecord record, String fingerprint) {
        return cache.computeIfAbsent(fingerprint, f -> deduplicator.prepare(record));
    }

    /** Files the record under its keys, replacing those of its previous version if it may have one; returns the keys. */
    Set<String> file(long rawId, Set<String> keys, boolean filedBefore) {
        if (filedBefore) {
            remove(rawId);
        }
        List<Object[]> rows = new ArrayList<>();
        keys.stream().filter(k -> k.length() <= MAX_KEY_LENGTH).forEach(k -> rows.add(new Object[] {k, rawId}));
        if (batch != null) {
            for (Object[] row : rows) {
                List<Long> block = block((String) row[0]);
                if (block != null) {
                    batch.addToBlock((String) row[0], block, rawId);
                }
            }
            batch.inserts.addAll(rows);
        } else {
            INSERT_ROWS.insert(jdbc, rows);
        }
        return keys;
    }

    void remove(long rawId) {
        if (batch == null) {
            jdbc.update("delete from match_key where raw_record_id = ?", rawId);
            return;
        }
        batch.removed.add(rawId);
        for (String key : batch.keysOf.getOrDefault(rawId, List.of())) {
            batch.blocks.get(key).remove(rawId);
        }
        batch.keysOf.remove(rawId);
        batch.inserts.removeIf(row -> (Long) row[1] == rawId);
    }

    /**
     * Starts a batch of placements that will file under (at most) these keys: their blocks are read with a
     * few statements now and kept in memory, in step with what the batch files and removes, instead of one
     * statement per key and record; new keys are written at {@link #endBatch}. Single-threaded, under the
     * cluster lock.
     */
    void beginBatch(Collection<String> keys) {
        Batch b = new Batch();
        if (++batches % OVERSIZED_RECHECK_BATCHES == 0) {
            oversized.clear();
        }
        List<String> wanted = keys.stream().filter(k -> k.length() <= MAX_KEY_LENGTH).distinct()
                .filter(k -> {
                    if (oversized.contains(k)) {
                        b.oversized.add(k);
                        return false;
                    }
                    return true;
                }).toList();
        Map<String, Integer> sizes = new HashMap<>();
        anyOf(wanted, "select match_key, count(*) from match_key where match_key = any(?) group by match_key", rs -> {
            sizes.put(rs.getString(1), rs.getInt(2));
        });
        List<String> readable = new ArrayList<>();
        for (String key : wanted) {
            int size = sizes.getOrDefault(key, 0);
            if (size > maxBlockSize) {
                b.oversized.add(key);
                if (oversized.size() < OVERSIZED_REMEMBERED) {
                    oversized.add(key);
                }
            } else {
                b.blocks.put(key, new ArrayList<>());
                if (size > 0) {
                    readable.add(key);
                }
            }
        }
        anyOf(readable, "select match_key, raw_record_id from match_key where match_key = any(?) order by raw_record_id", rs -> {
            b.addToBlock(rs.getString(1), b.blocks.get(rs.getString(1)), rs.getLong(2));
        });
        batch = b;
    }

    /** Every record in the blocks the batch has read: the candidates it can find by key. */
    Set<Long> blockMembers() {
        return batch == null ? Set.of() : Set.copyOf(batch.keysOf.keySet());
    }

    /** Deletes the keys of the records the batch removed, writes the keys it filed, and leaves batch mode. */
    void endBatch() {
        Batch b = batch;
        batch = null;
        if (b == null) {
            return;
        }
        if (!b.removed.isEmpty()) {
            JdbcAnyArray.update(jdbc, "delete from match_key where raw_record_id = any(?)", b.removed);
        }
        INSERT_ROWS.insert(jdbc, b.inserts);
    }

    /** Leaves batch mode without writing (the transaction is rolling back). */
    void abandonBatch() {
        batch = null;
    }

    /** The batch's block of a key (read now if the batch did not expect it), or null if it is over the maximum size. */
    private List<Long> block(String key) {
        if (batch.oversized.contains(key)) {
            return null;
        }
        List<Long> block = batch.blocks.get(key);
        if (block == null) {
            block = new ArrayList<>();
            batch.blocks.put(key, block);
            for (long id : jdbc.queryForList("select raw_record_id from match_key where match_key = ? limit ?", Long.class, key,
                    maxBlockSize + 1)) {
                // the stored keys of a record removed in this batch are deleted only at its end
                if (!batch.removed.contains(id)) {
                    batch.addToBlock(key, block, id);
                }
            }
            for (Object[] row : batch.inserts) {
                if (key.equals(row[0])) {
                    batch.addToBlock(key, block, (Long) row[1]);
                }
            }
        }
        return block;
    }

    /** Runs {@code sql}, whose one parameter is {@code = any(?)}, for the keys a chunk at a time (see {@link JdbcAnyArray}). */
    private void anyOf(List<String> keys, String sql, org.springframework.jdbc.core.RowCallbackHandler handler) {
        JdbcAnyArray.query(jdbc, sql, "varchar", keys, handler);
    }

    /**
     * Live members of other libraries sharing a key with the record. Keys held by more than the maximum
     * block size ("研究", a prolific author's year) would cost a comparison each and find little; they are skipped.
     */
    List<JdbcClusters.Member> candidates(long rawId, String library, Collection<String> keys, BatchClusters clusters) {
        // one bounded read per key: counting a block of thousands ("天津市人民政府" and a year) would cost
        // as much as reading it, on every record filed under it
        Map<Long, int[]> shared = new HashMap<>(); // raw id → {keys shared, smallest block shared}
        for (String key : keys) {
            List<Long> block = batch == null
                    ? jdbc.queryForList("select raw_record_id from match_key where match_key = ? limit ?", Long.class, key, maxBlockSize + 1)
                    : key.length() <= MAX_KEY_LENGTH ? block(key) : List.of();
            if (block != null && block.size() <= maxBlockSize) {
                for (long id : block) {
                    int[] s = shared.computeIfAbsent(id, k -> new int[] {0, Integer.MAX_VALUE});
                    s[0]++;
                    s[1] = Math.min(s[1], block.size());
                }
            }
        }
        shared.remove(rawId);
        List<JdbcClusters.Member> out = new ArrayList<>(clusters.memberships(shared.keySet(), library));
        if (out.size() <= MAX_COMPARED) {
            return out;
        }
        // in a large catalogue the blocks fill up and most co-members share one common key and nothing else;
        // a copy of the same work shares several keys or a small block, so it ranks first. A record whose
        // copy is cut off here is still found by the similarity search, which runs when no candidate matched.
        out.sort(Comparator.comparingInt((JdbcClusters.Member m) -> -shared.get(m.rawId())[0])
                .thenComparingInt(m -> shared.get(m.rawId())[1]).thenComparingLong(JdbcClusters.Member::rawId));
        List<JdbcClusters.Member> kept = new ArrayList<>(out.subList(0, MAX_COMPARED));
        kept.sort(Comparator.comparingLong(JdbcClusters.Member::rawId));
        return kept;
    }

    /** The prepared records of these members, from the cache where their fingerprint is known. */
    Map<Long, PreparedRecord> prepared(Collection<JdbcClusters.Member> members) {
        Map<Long, PreparedRecord> out = new HashMap<>();
        List<JdbcClusters.Member> missing = new ArrayList<>();
        for (JdbcClusters.Member m : members) {
            PreparedRecord p = m.fingerprint() == null ? null : cache.get(m.fingerprint());
            if (p != null) {
                out.put(m.rawId(), p);
            } else {
                missing.add(m);
            }
        }
        JdbcAnyArray.query(jdbc, "select raw_record_id, encoded from canonical_record where raw_record_id = any(?)",
                missing.stream().map(JdbcClusters.Member::rawId).toList(), (java.sql.ResultSet rs) -> {
                    MatchRecord record = MatchRecord.from(RecordCodec.decode(rs.getString(2)));
                    out.put(rs.getLong(1), prepare(record, fingerprint(record)));
                });
        return out;
    }
}
