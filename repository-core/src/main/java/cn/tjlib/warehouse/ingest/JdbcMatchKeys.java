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

    private final JdbcTemplate jdbc;
    private final Deduplicator deduplicator;
    private final int maxBlockSize;
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
        keys.stream().filter(k -> k.length() <= 300).forEach(k -> rows.add(new Object[] {k, rawId}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into match_key (match_key, raw_record_id) values (?, ?)", rows);
        }
        return keys;
    }

    void remove(long rawId) {
        jdbc.update("delete from match_key where raw_record_id = ?", rawId);
    }

    /**
     * Live members of other libraries sharing a key with the record. Keys held by more than the maximum
     * block size ("研究", a prolific author's year) would cost a comparison each and find little; they are skipped.
     */
    List<JdbcClusters.Member> candidates(long rawId, String library, Collection<String> keys) {
        // one bounded read per key: counting a block of thousands ("天津市人民政府" and a year) would cost
        // as much as reading it, on every record filed under it
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        for (String key : keys) {
            List<Long> block = jdbc.queryForList("select raw_record_id from match_key where match_key = ? limit ?", Long.class,
                    key, maxBlockSize + 1);
            if (block.size() <= maxBlockSize) {
                ids.addAll(block);
            }
        }
        ids.remove(rawId);
        List<JdbcClusters.Member> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<Object> args = new ArrayList<>(all.subList(i, Math.min(all.size(), i + 500)));
            String marks = marks(args.size());
            args.add(library);
            out.addAll(jdbc.query("select raw_record_id, unified_id, source_code, fingerprint from unified_member where raw_record_id in ("
                            + marks + ") and source_code <> ? order by raw_record_id",
                    (rs, n) -> new JdbcClusters.Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), args.toArray()));
        }
        return out;
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
