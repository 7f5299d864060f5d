package cn.tjlib.warehouse.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Cluster membership ({@code unified_member}) and the minting of unified ids. Ids come from an identity
 * column, so a smaller id is an older unified record: that is the one that survives a merge.
 */
final class JdbcClusters {
    /** A live member: its cluster, library and the fingerprint of its matching fields when it joined. */
    record Member(long rawId, long unifiedId, String library, String fingerprint) {
    }

    private final JdbcTemplate jdbc;

    JdbcClusters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Member> membership(long rawId) {
        return jdbc.query("select raw_record_id, unified_id, source_code, fingerprint from unified_member where raw_record_id = ?",
                (rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), rawId).stream().findFirst();
    }

    /** The live members among these raw records that belong to another library than {@code excludedLibrary}, in id order. */
    List<Member> memberships(List<Long> rawIds, String excludedLibrary) {
        List<Object> args = new java.util.ArrayList<>(rawIds);
        args.add(excludedLibrary);
        return jdbc.query("select raw_record_id, unified_id, source_code, fingerprint from unified_member where raw_record_id in ("
                        + String.join(",", java.util.Collections.nCopies(rawIds.size(), "?")) + ") and source_code <> ? order by raw_record_id",
                (rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), args.toArray());
    }

    List<Member> members(long unifiedId) {
        return jdbc.query("select raw_record_id, unified_id, source_code, fingerprint from unified_member where unified_id = ? "
                        + "order by raw_record_id",
                (rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), unifiedId);
    }

    void join(long rawId, long unifiedId, String library, String fingerprint) {
        jdbc.update("insert into unified_member (raw_record_id, unified_id, source_code, fingerprint) values (?, ?, ?, ?)",
                rawId, unifiedId, library, fingerprint);
    }

    /** Removes the member and remembers its cluster, so that a record coming back can get its id again. */
    void leave(long rawId, long unifiedId) {
        jdbc.update("delete from unified_member where raw_record_id = ?", rawId);
        jdbc.update("update raw_record set last_unified_id = ? where id = ?", unifiedId, rawId);
    }

    void move(long rawId, long toUnifiedId) {
        jdbc.update("update unified_member set unified_id = ? where raw_record_id = ?", toUnifiedId, rawId);
    }

    /** Moves every member of {@code loser} into {@code survivor} and points the loser at it. */
    void merge(long loser, long survivor) {
        jdbc.update("update unified_member set unified_id = ? where unified_id = ?", survivor, loser);
        jdbc.update("update unified_record set merged_into = ? where id = ?", survivor, loser);
        // a record merged away earlier into the loser now points at the survivor directly
        jdbc.update("update unified_record set merged_into = ? where merged_into = ?", survivor, loser);
    }

    Optional<Long> lastCluster(long rawId) {
        return jdbc.queryForList("select last_unified_id from raw_record where id = ? and last_unified_id is not null",
                Long.class, rawId).stream().findFirst();
    }

    /** An id that has no members and was never merged away may be given back to a record that held it. */
    boolean reusable(long unifiedId) {
        Integer n = jdbc.queryForObject("select count(*) from unified_record u where u.id = ? and u.merged_into is null "
                + "and not exists (select 1 from unified_member m where m.unified_id = u.id)", Integer.class, unifiedId);
        return n != null && n > 0;
    }

    long mint(String type, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into unified_record (datestamp, deleted, resource_type, "
                    + "content_hash, libraries, created_at) values (?, false, ?, '', '', ?)", new String[] {"id"});
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            ps.setString(2, type);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
