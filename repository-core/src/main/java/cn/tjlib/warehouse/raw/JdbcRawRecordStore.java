package cn.tjlib.warehouse.raw;

import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raw records exactly as harvested. A re-harvested record whose content hash is unchanged writes no
 * new version (only {@code last_seen} moves); a changed one moves the old version to history first.
 */
public final class JdbcRawRecordStore {
    private static final JdbcMultiRowInsert INSERT = new JdbcMultiRowInsert("insert into raw_record (source_code, "
            + "oai_identifier, metadata_prefix, datestamp, set_specs, deleted, metadata_xml, content_hash, version, status, "
            + "status_reason, first_seen, last_seen, last_run_id, rules_version) values ",
            "(?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)");

    private final JdbcTemplate jdbc;

    public JdbcRawRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * A harvested record with the status the pipeline gave it, if rejected why, and the version of the rules
     * that validated it (null if it was not validated: rejected or deleted records keep what they had).
     */
    public record Incoming(HarvestedRecord record, String status, String reason, String rulesVersion) {
    }

    /**
     * Stores a page's records with a few batched statements instead of several per record, with the same
     * outcome as storing each in turn; call inside the page's transaction. The records'
     * OAI identifiers must be distinct (a page that repeats one is stored in runs without repeats).
     * Returns the changes in the order of {@code records}.
     */
    public List<RawChange> storeAll(String source, String prefix, List<Incoming> records, long runId, Instant now) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> identifiers = records.stream().map(i -> i.record().oaiIdentifier()).toList();
        if (new HashSet<>(identifiers).size() != identifiers.size()) {
            throw new IllegalArgumentException("a batch of raw records repeats an OAI identifier; store it in runs without repeats");
        }
        OffsetDateTime seen = utc(now);
        Map<String, Object[]> current = currentRows(source, prefix, identifiers);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> touches = new ArrayList<>();
        List<Object[]> histories = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<RawChange> changes = new ArrayList<>(Collections.nCopies(records.size(), null));
        List<Integer> inserted = new ArrayList<>();
        for (int k = 0; k < records.size(); k++) {
            Incoming in = records.get(k);
            HarvestedRecord r = in.record();
            String hash = ContentHash.of(r);
            Object[] row = current.get(r.oaiIdentifier());
            if (row == null) {
                inserts.add(new Object[] {source, r.oaiIdentifier(), prefix, utc(r.datestamp()), String.join(" ", r.setSpecs()),
                        r.deleted(), r.metadataXml(), hash, in.status(), truncate(in.reason()), seen, seen, runId, in.rulesVersion()});
                inserted.add(k);
                continue;
            }
            long id = (Long) row[0];
            int version = (Integer) row[2];
            if (hash.equals(row[1])) {
                touches.add(new Object[] {seen, runId, utc(r.datestamp()), id});
                changes.set(k, new RawChange(id, version, RawChange.Kind.UNCHANGED));
            } else {
                histories.add(new Object[] {seen, id});
                updates.add(new Object[] {utc(r.datestamp()), String.join(" ", r.setSpecs()), r.deleted(), r.metadataXml(), hash,
                        in.status(), truncate(in.reason()), seen, runId, in.rulesVersion(), id});
                changes.set(k, new RawChange(id, version + 1, RawChange.Kind.CHANGED));
            }
        }
        List<Long> insertedIds = insertReturningIds(inserts);
        batch("update raw_record set last_seen = ?, last_run_id = ?, datestamp = ? where id = ?", touches);
        batch("insert into raw_record_version (raw_record_id, version, datestamp, set_specs, deleted, metadata_xml, "
                + "content_hash, superseded_at) select id, version, datestamp, set_specs, deleted, metadata_xml, content_hash, ? "
                + "from raw_record where id = ?", histories);
        batch("update raw_record set datestamp = ?, set_specs = ?, deleted = ?, metadata_xml = ?, content_hash = ?, "
                + "version = version + 1, status = ?, status_reason = ?, last_seen = ?, last_run_id = ?, "
                + "rules_version = coalesce(?, rules_version) where id = ?", updates);
        for (int i = 0; i < inserted.size(); i++) {
            changes.set(inserted.get(i), new RawChange(insertedIds.get(i), 1, RawChange.Kind.INSERTED));
        }
        return changes;
    }

    /**
     * Inserts the new rows, {@value JdbcMultiRowInsert#ROWS} to a statement, and returns their ids in the order of {@code rows}.
     * The ids come back with the statement's generated keys, paired with the OAI identifier (distinct in a call),
     * so nothing depends on the order in which a database returns them; looking the page's identifiers up again
     * cost a second index search per record.
     */
    private List<Long> insertReturningIds(List<Object[]> rows) {
        Map<String, Long> ids = new HashMap<>();
        INSERT.insert(jdbc, rows, new String[] {"id", "oai_identifier"},
                keys -> ids.put(keys.getString("oai_identifier"), keys.getLong("id")));
        List<Long> inOrder = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = ids.get((String) row[1]);
            if (id == null) {
                throw new IllegalStateException("the driver returned no generated id for inserted raw record " + row[1]
                        + " (" + ids.size() + " ids for " + rows.size() + " records)");
            }
            inOrder.add(id);
        }
        return inOrder;
    }

    /** id, content hash and version of the stored records among {@code identifiers}, by identifier. */
    private Map<String, Object[]> currentRows(String source, String prefix, List<String> identifiers) {
        Map<String, Object[]> rows = new HashMap<>();
        for (int i = 0; i < identifiers.size(); i += 500) {
            Object[] chunk = identifiers.subList(i, Math.min(identifiers.size(), i + 500)).toArray();
            // by identifier alone, so that the identifier index is used (see V8), and as one array parameter: a
            // literal IN list of 500 made PostgreSQL scan the table while a bulk load's statistics were missing
            jdbc.query(con -> {
                var ps = con.prepareStatement("select id, content_hash, version, oai_identifier, source_code, metadata_prefix "
                        + "from raw_record where oai_identifier = any(?)");
                ps.setArray(1, con.createArrayOf("varchar", chunk));
                return ps;
            }, (java.sql.ResultSet rs) -> {
                if (source.equals(rs.getString(5)) && prefix.equals(rs.getString(6))) {
                    rows.put(rs.getString(4), new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)});
                }
            });
        }
        return rows;
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
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

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3990) + "…";
    }
}
