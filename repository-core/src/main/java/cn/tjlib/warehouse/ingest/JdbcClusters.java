package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cluster membership ({@code unified_member}) and unified ids, read and written a batch at a time for
 * {@link BatchClusters}. Ids come from an identity column, so a smaller id is an older unified record:
 * that is the one that survives a merge.
 */
final class JdbcClusters {
    /** A live member: its cluster, library and the fingerprint of its matching fields when it joined. */
    record Member(long rawId, long unifiedId, String library, String fingerprint) {
    }

    /**
     * What a batch changed: members removed, changed and added; clusters merged away (loser → final
     * survivor); the last cluster of records that left; the type of minted ids; reserved ids left unused.
     */
    record Changes(List<Long> removed, List<Member> changed, List<Member> added, Map<Long, Long> merged, Map<Long, Long> left,
                   Map<Long, String> mintedTypes, List<Long> unused) {
    }

    private static final JdbcMultiRowInsert INSERT_MEMBERS = new JdbcMultiRowInsert(
            "insert into unified_member (raw_record_id, unified_id, source_code, fingerprint) values ", "(?, ?, ?, ?)");
    private static final String COLUMNS = "m.raw_record_id, m.unified_id, m.source_code, m.fingerprint";

    private final JdbcTemplate jdbc;

    JdbcClusters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member of the clusters these raw records belong to (the records themselves included). */
    List<Member> clustersOf(Collection<Long> rawIds) {
        Set<Long> unifiedIds = new HashSet<>();
        // two look-ups, not a self-join: without statistics PostgreSQL hashes the join over a scan of every member
        JdbcAnyArray.query(jdbc, "select unified_id from unified_member where raw_record_id = any(?)", rawIds, (ResultSet rs) -> {
            unifiedIds.add(rs.getLong(1));
        });
        return members(unifiedIds);
    }

    /** Every member of these clusters. */
    List<Member> members(Collection<Long> unifiedIds) {
        List<Member> out = new ArrayList<>();
        JdbcAnyArray.query(jdbc, "select " + COLUMNS + " from unified_member m where m.unified_id = any(?)", unifiedIds, (ResultSet rs) -> {
            out.add(member(rs));
        });
        return out;
    }

    /** The cluster each of these raw records was last in, for those that left one. */
    Map<Long, Long> lastClusters(Collection<Long> rawIds) {
        Map<Long, Long> out = new HashMap<>();
        JdbcAnyArray.query(jdbc, "select id, last_unified_id from raw_record where id = any(?) and last_unified_id is not null", rawIds,
                (ResultSet rs) -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** Which of these unified ids exist, and whether each was merged away. */
    Map<Long, Boolean> mergedAway(Collection<Long> unifiedIds) {
        Map<Long, Boolean> out = new HashMap<>();
        JdbcAnyArray.query(jdbc, "select id, merged_into from unified_record where id = any(?)", unifiedIds, (ResultSet rs) -> {
            out.put(rs.getLong(1), rs.getObject(2) != null);
        });
        return out;
    }

    /**
     * Inserts {@code n} blank unified records in one statement and returns their ids, smallest first. A batch
     * hands them out as it mints, in order, so the older record still has the smaller id; the batch deletes
     * those it did not use before it commits, so no other transaction ever sees a blank one.
     */
    List<Long> reserve(int n, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        StringBuilder sql = new StringBuilder("insert into unified_record (datestamp, deleted, resource_type, content_hash, libraries, "
                + "created_at) values ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, false, '', '', '', ?)");
        }
        List<Long> ids = new ArrayList<>(n);
        jdbc.execute((java.sql.Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql.toString(), new String[] {"id"})) {
                for (int i = 0; i < n; i++) {
                    ps.setObject(2 * i + 1, at);
                    ps.setObject(2 * i + 2, at);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        if (ids.size() != n) {
            throw new IllegalStateException("reserved " + n + " unified ids but the database returned " + ids.size());
        }
        ids.sort(null);
        return ids;
    }

    /** Writes a batch's changes with a few batched statements. */
    void write(Changes c) {
        if (!c.removed().isEmpty()) {
            JdbcAnyArray.update(jdbc, "delete from unified_member where raw_record_id = any(?)", c.removed());
        }
        if (!c.changed().isEmpty()) {
            jdbc.batchUpdate("update unified_member set unified_id = ?, source_code = ?, fingerprint = ? where raw_record_id = ?",
                    c.changed().stream().map(m -> new Object[] {m.unifiedId(), m.library(), m.fingerprint(), m.rawId()}).toList());
        }
        INSERT_MEMBERS.insert(jdbc, c.added().stream().map(m -> new Object[] {m.rawId(), m.unifiedId(), m.library(), m.fingerprint()})
                .toList());
        if (!c.merged().isEmpty()) {
            List<Object[]> rows = c.merged().entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
            jdbc.batchUpdate("update unified_record set merged_into = ? where id = ?", rows);
            // records merged away earlier into a loser now point at its survivor directly
            jdbc.batchUpdate("update unified_record set merged_into = ? where merged_into = ?", rows);
        }
        if (!c.left().isEmpty()) {
            jdbc.batchUpdate("update raw_record set last_unified_id = ? where id = ?",
                    c.left().entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
        }
        if (!c.mintedTypes().isEmpty()) {
            jdbc.batchUpdate("update unified_record set resource_type = ? where id = ?",
                    c.mintedTypes().entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
        }
        if (!c.unused().isEmpty()) {
            JdbcAnyArray.update(jdbc, "delete from unified_record where id = any(?)", c.unused());
        }
    }

    private static Member member(ResultSet rs) throws java.sql.SQLException {
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }
}
