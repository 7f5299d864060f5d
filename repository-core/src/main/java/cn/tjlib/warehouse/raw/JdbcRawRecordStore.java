package cn.tjlib.warehouse.raw;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Raw records exactly as harvested. A re-harvested record whose content hash is unchanged writes no
 * new version (only {@code last_seen} moves); a changed one moves the old version to history first.
 */
public final class JdbcRawRecordStore {
    private final JdbcTemplate jdbc;

    public JdbcRawRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Stores {@code r} for {@code source}; call inside the page's transaction. */
    public RawChange store(String source, String prefix, HarvestedRecord r, String status, String reason,
                           long runId, Instant now) {
        String hash = contentHash(r);
        OffsetDateTime seen = utc(now);
        List<Object[]> current = jdbc.query(
                "select id, content_hash, version from raw_record where source_code = ? and oai_identifier = ? and metadata_prefix = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)}, source, r.oaiIdentifier(), prefix);
        if (current.isEmpty()) {
            jdbc.update("insert into raw_record (source_code, oai_identifier, metadata_prefix, datestamp, set_specs, deleted, "
                            + "metadata_xml, content_hash, version, status, status_reason, first_seen, last_seen, last_run_id) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                    source, r.oaiIdentifier(), prefix, utc(r.datestamp()), String.join(" ", r.setSpecs()), r.deleted(),
                    r.metadataXml(), hash, status, truncate(reason), seen, seen, runId);
            Long id = jdbc.queryForObject("select id from raw_record where source_code = ? and oai_identifier = ? and metadata_prefix = ?",
                    Long.class, source, r.oaiIdentifier(), prefix);
            return new RawChange(id, 1, RawChange.Kind.INSERTED);
        }
        long id = (Long) current.get(0)[0];
        int version = (Integer) current.get(0)[2];
        if (hash.equals(current.get(0)[1])) {
            jdbc.update("update raw_record set last_seen = ?, last_run_id = ?, datestamp = ? where id = ?",
                    seen, runId, utc(r.datestamp()), id);
            return new RawChange(id, version, RawChange.Kind.UNCHANGED);
        }
        jdbc.update("insert into raw_record_version (raw_record_id, version, datestamp, set_specs, deleted, metadata_xml, "
                + "content_hash, superseded_at) select id, version, datestamp, set_specs, deleted, metadata_xml, content_hash, ? "
                + "from raw_record where id = ?", seen, id);
        jdbc.update("update raw_record set datestamp = ?, set_specs = ?, deleted = ?, metadata_xml = ?, content_hash = ?, "
                        + "version = version + 1, status = ?, status_reason = ?, last_seen = ?, last_run_id = ? where id = ?",
                utc(r.datestamp()), String.join(" ", r.setSpecs()), r.deleted(), r.metadataXml(), hash, status,
                truncate(reason), seen, runId, id);
        return new RawChange(id, version + 1, RawChange.Kind.CHANGED);
    }

    /** The metadata XML of the current version, as harvested. */
    public Optional<String> metadataXml(String source, String oaiIdentifier) {
        return jdbc.query("select metadata_xml from raw_record where source_code = ? and oai_identifier = ?",
                (rs, i) -> rs.getString(1), source, oaiIdentifier).stream().findFirst();
    }

    public long count(String source) {
        Long n = jdbc.queryForObject("select count(*) from raw_record where source_code = ?", Long.class, source);
        return n == null ? 0 : n;
    }

    /** Rows in version history for {@code source}: grows only when content really changed. */
    public long versionCount(String source) {
        Long n = jdbc.queryForObject("select count(*) from raw_record_version v join raw_record r on r.id = v.raw_record_id "
                + "where r.source_code = ?", Long.class, source);
        return n == null ? 0 : n;
    }

    static String contentHash(HarvestedRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((r.deleted() ? "D\n" : "A\n").getBytes(StandardCharsets.UTF_8));
            sha.update(String.join(" ", r.setSpecs()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            if (r.metadataXml() != null) {
                sha.update(r.metadataXml().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3990) + "…";
    }
}
