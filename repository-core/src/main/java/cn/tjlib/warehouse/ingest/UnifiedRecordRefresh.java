package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.record.RecordCodec;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published content of unified records, composed from their members' records (see
 * {@link UnifiedRecordComposer}): a record whose content changed gets a new datestamp, so that harvesters of
 * our OAI endpoint see it again; one whose members all left is published as deleted.
 */
final class UnifiedRecordRefresh {
    private final JdbcTemplate jdbc;
    private final JdbcClusters clusterStore;
    private final UnifiedRecordComposer composer;

    UnifiedRecordRefresh(JdbcTemplate jdbc, List<String> preferredLibraries) {
        this.jdbc = jdbc;
        this.clusterStore = new JdbcClusters(jdbc);
        this.composer = new UnifiedRecordComposer(preferredLibraries);
    }

    /**
     * Recomputes the published content of these unified records, moving the datestamp of those whose content
     * changed, with a few statements per 500 records. Returns the ids that changed, in the order given.
     */
    Set<Long> refresh(Collection<Long> unifiedIds, Instant now) {
        Map<Long, List<Row>> members = new HashMap<>();
        Map<Long, String> oldHashes = new HashMap<>();
        // members first, then their records: joined in one statement, PostgreSQL without statistics hashes the
        // join over scans of every raw and canonical record; apart, each is an index look-up
        Map<Long, JdbcClusters.Member> memberOf = new HashMap<>();
        clusterStore.members(unifiedIds).forEach(m -> memberOf.put(m.rawId(), m));
        JdbcAnyArray.query(jdbc, "select r.id, r.oai_identifier, r.datestamp, c.encoded, c.resource_type, "
                + "(select count(*) from validation_finding f where f.raw_record_id = r.id and f.version = r.version) "
                + "from raw_record r join canonical_record c on c.raw_record_id = r.id where r.id = any(?)", memberOf.keySet(),
                (ResultSet rs) -> {
                    JdbcClusters.Member m = memberOf.get(rs.getLong(1));
                    members.computeIfAbsent(m.unifiedId(), k -> new ArrayList<>()).add(new Row(m, rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getInt(6)));
                });
        JdbcAnyArray.query(jdbc, "select id, content_hash from unified_record where id = any(?)", unifiedIds, (ResultSet rs) -> {
            oldHashes.put(rs.getLong(1), rs.getString(2));
        });
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Set<Long> changed = new LinkedHashSet<>();
        List<Object[]> deletions = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        // decoding, composing and hashing is the costly part and needs no database: both cores share it
        List<Long> ids = new ArrayList<>(unifiedIds);
        Object[][] composedRows = new Object[ids.size()][];
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(k -> {
            List<Row> rows = members.get(ids.get(k));
            if (rows != null) {
                composedRows[k] = compose(ids.get(k), rows.stream().map(Row::source).toList(), at);
            }
        });
        for (int k = 0; k < ids.size(); k++) {
            long id = ids.get(k);
            String oldHash = oldHashes.get(id);
            if (composedRows[k] == null) {
                // keep the last libraries and type: a deleted record stays listed in its old OAI sets
                if (!"deleted".equals(oldHash)) {
                    deletions.add(new Object[] {at, id});
                    changed.add(id);
                }
            } else if (!composedRows[k][2].equals(oldHash)) {
                updates.add(composedRows[k]);
                changed.add(id);
            }
        }
        if (!deletions.isEmpty()) {
            jdbc.batchUpdate("update unified_record set deleted = true, encoded = null, provenance = null, content_hash = 'deleted', "
                    + "datestamp = ? where id = ?", deletions);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update unified_record set deleted = false, merged_into = null, encoded = ?, provenance = ?, content_hash = ?, "
                    + "datestamp = ?, libraries = ?, resource_type = ? where id = ?", updates);
        }
        return changed;
    }

    /** A member's record as read, decoded when its unified record is composed. */
    private record Row(JdbcClusters.Member member, String oaiIdentifier, Instant datestamp, String encoded, String type, int findings) {
        UnifiedRecordComposer.Source source() {
            return new UnifiedRecordComposer.Source(member.rawId(), member.library(), oaiIdentifier, datestamp, RecordCodec.decode(encoded),
                    type, findings);
        }
    }

    /** The update row of a unified record composed from its members: encoded, provenance, hash, datestamp, libraries, type, id. */
    private Object[] compose(long id, List<UnifiedRecordComposer.Source> sources, OffsetDateTime at) {
        // members in raw id order, as one query per record gave them: the composer breaks ties by it
        List<UnifiedRecordComposer.Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingLong(UnifiedRecordComposer.Source::rawId));
        UnifiedRecordComposer.Composed composed = composer.compose(sorted);
        String encoded = RecordCodec.encode(composed.record());
        String provenance = FieldProvenance.encode(composed.provenance());
        String libraries = String.join(" ", composed.ranked().stream().map(UnifiedRecordComposer.Source::library).distinct().toList());
        StringBuilder content = new StringBuilder(encoded);
        composed.ranked().forEach(m -> content.append("\nholding\t").append(m.library()).append('\t').append(m.oaiIdentifier()));
        content.append('\n').append(provenance);
        return new Object[] {encoded, provenance, sha256(content.toString()), at, libraries, composed.ranked().get(0).type(), id};
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
