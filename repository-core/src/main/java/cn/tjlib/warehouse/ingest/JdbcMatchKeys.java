package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.RecordCodec;
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
    private static final String INSERT = "insert into match_key (match_key, raw_record_id) values (?, ?)";

    /** The blocks a batch of placements reads and changes, held in memory until the batch ends. */
    private static final class Batch {
        final Map<String, List<Long>> blocks = new HashMap<>();
        final Set<String> oversized = new java.util.HashSet<>();
        final List<Object[]> inserts = new ArrayList<>();
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
                    block.add(rawId);
                }
            }
            batch.inserts.addAll(rows);
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
        return keys;
    }

    void remove(long rawId) {
        jdbc.update("delete from match_key where raw_record_id = ?", rawId);
        if (batch != null) {
            batch.blocks.values().forEach(block -> block.remove(rawId));
            batch.inserts.removeIf(row -> (Long) row[1] == rawId);
        }
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
            b.blocks.get(rs.getString(1)).add(rs.getLong(2));
        });
        batch = b;
    }

    /** Writes the keys the batch filed and leaves batch mode. */
    void endBatch() {
        Batch b = batch;
        batch = null;
        if (b != null && !b.inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, b.inserts);
        }
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
        return batch.blocks.computeIfAbsent(key, k -> new ArrayList<>(jdbc.queryForList(
                "select raw_record_id from match_key where match_key = ? limit ?", Long.class, k, maxBlockSize + 1)));
    }

    /**
     * Runs {@code sql}, whose one parameter is {@code = any(?)}, for the keys 500 at a time. One array
     * parameter rather than a literal IN list: without statistics (a bulk load into fresh tables) PostgreSQL
     * answers a long IN list with a sequential scan, and an array parameter with the index.
     */
    private void anyOf(List<String> keys, String sql, org.springframework.jdbc.core.RowCallbackHandler handler) {
        for (int i = 0; i < keys.size(); i += 500) {
            Object[] chunk = keys.subList(i, Math.min(keys.size(), i + 500)).toArray();
            jdbc.query(con -> {
                var ps = con.prepareStatement(sql);
                ps.setArray(1, con.createArrayOf("varchar", chunk));
                return ps;
            }, handler);
        }
    }

    /**
     * Live members of other libraries sharing a key with the record. Keys held by more than the maximum
     * block size ("研究", a prolific author's year) would cost a comparison each and find little; they are skipped.
     */
    List<JdbcClusters.Member> candidates(long rawId, String library, Collection<String> keys) {
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
        List<JdbcClusters.Member> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(new java.util.TreeSet<>(shared.keySet()));
        for (int i = 0; i < all.size(); i += 500) {
            List<Object> args = new ArrayList<>(all.subList(i, Math.min(all.size(), i + 500)));
            String marks = marks(args.size());
            args.add(library);
            out.addAll(jdbc.query("select raw_record_id, unified_id, source_code, fingerprint from unified_member where raw_record_id in ("
                            + marks + ") and source_code <> ? order by raw_record_id",
                    (rs, n) -> new JdbcClusters.Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), args.toArray()));
        }
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
        for (int i = 0; i < missing.size(); i += 500) {
            List<JdbcClusters.Member> chunk = missing.subList(i, Math.min(missing.size(), i + 500));
            jdbc.query("select raw_record_id, encoded from canonical_record where raw_record_id in (" + marks(chunk.size()) + ")",
                    (java.sql.ResultSet rs) -> {
                        MatchRecord record = MatchRecord.from(RecordCodec.decode(rs.getString(2)));
                        out.put(rs.getLong(1), prepare(record, fingerprint(record)));
                    }, chunk.stream().map(JdbcClusters.Member::rawId).toArray());
        }
        return out;
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
