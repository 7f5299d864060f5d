package cn.tjlib.warehouse.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Keeps unified records in step with their member canonical records. Until matching lands every
 * canonical record is its own cluster; the shape (membership table, minted ids, content hash that
 * gates the datestamp) is the one clustering will use.
 */
final class UnifiedRecordWriter {
    private record Member(long rawId, String library, String oaiIdentifier, String encoded, String type) {
    }

    private final JdbcTemplate jdbc;
    private final List<String> preferredLibraries;

    UnifiedRecordWriter(JdbcTemplate jdbc, List<String> preferredLibraries) {
        this.jdbc = jdbc;
        this.preferredLibraries = List.copyOf(preferredLibraries);
    }

    /**
     * The unified record this raw record belongs to: its current one, else the one it left (so that
     * identifiers survive quarantine and deletion), else a newly minted one.
     */
    long assign(long rawId, String library, String type, Instant now) {
        Optional<Long> existing = jdbc.queryForList("select unified_id from unified_member where raw_record_id = ?",
                Long.class, rawId).stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Long> previous = jdbc.queryForList("select u.id from raw_record r join unified_record u on u.id = r.last_unified_id "
                + "where r.id = ?", Long.class, rawId).stream().findFirst();
        if (previous.isPresent()) {
            jdbc.update("insert into unified_member (raw_record_id, unified_id, source_code) values (?, ?, ?)", rawId, previous.get(), library);
            return previous.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into unified_record (datestamp, deleted, resource_type, "
                    + "content_hash, libraries, created_at) values (?, false, ?, '', '', ?)", new String[] {"id"});
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            ps.setString(2, type);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.update("insert into unified_member (raw_record_id, unified_id, source_code) values (?, ?, ?)", rawId, id, library);
        return id;
    }

    /** Takes the raw record out of its cluster; returns the cluster it left. */
    Optional<Long> unassign(long rawId) {
        Optional<Long> unified = jdbc.queryForList("select unified_id from unified_member where raw_record_id = ?",
                Long.class, rawId).stream().findFirst();
        unified.ifPresent(u -> {
            jdbc.update("delete from unified_member where raw_record_id = ?", rawId);
            jdbc.update("update raw_record set last_unified_id = ? where id = ?", u, rawId);
        });
        return unified;
    }

    /** Recomputes the published content; moves the datestamp only if it changed. Returns whether it did. */
    boolean refresh(long unifiedId, Instant now) {
        List<Member> members = jdbc.query("select m.raw_record_id, m.source_code, r.oai_identifier, c.encoded, c.resource_type "
                        + "from unified_member m join raw_record r on r.id = m.raw_record_id "
                        + "join canonical_record c on c.raw_record_id = m.raw_record_id where m.unified_id = ?",
                (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                unifiedId);
        String oldHash = jdbc.queryForObject("select content_hash from unified_record where id = ?", String.class, unifiedId);
        if (members.isEmpty()) {
            // keep the last libraries and type: a deleted record stays listed in its old OAI sets
            int n = jdbc.update("update unified_record set deleted = true, encoded = null, content_hash = 'deleted', datestamp = ? "
                    + "where id = ? and content_hash <> 'deleted'", now.atOffset(ZoneOffset.UTC), unifiedId);
            return n > 0;
        }
        List<Member> ordered = members.stream().sorted(Comparator.comparingInt((Member m) -> rank(m.library()))
                .thenComparingLong(Member::rawId)).toList();
        Member master = ordered.get(0);
        String libraries = String.join(" ", ordered.stream().map(Member::library).distinct().toList());
        StringBuilder content = new StringBuilder(master.encoded());
        ordered.forEach(m -> content.append("\nholding\t").append(m.library()).append('\t').append(m.oaiIdentifier()));
        String hash = sha256(content.toString());
        if (hash.equals(oldHash)) {
            return false;
        }
        jdbc.update("update unified_record set deleted = false, encoded = ?, content_hash = ?, datestamp = ?, libraries = ?, "
                + "resource_type = ? where id = ?", master.encoded(), hash, now.atOffset(ZoneOffset.UTC), libraries, master.type(), unifiedId);
        return true;
    }

    private int rank(String library) {
        int i = preferredLibraries.indexOf(library);
        return i < 0 ? preferredLibraries.size() : i;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
