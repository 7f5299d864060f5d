package cn.tjlib.warehouse.catalogue;

import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.record.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published catalogue of unified records, read in (datestamp, id) order. */
public final class JdbcUnifiedCatalogue {
    private final JdbcTemplate jdbc;

    public JdbcUnifiedCatalogue(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Optional<UnifiedRecord> find(long id) {
        return withHoldings(jdbc.query("select * from unified_record where id = ?", this::row, id)).stream().findFirst();
    }

    /** The records with these ids that exist, in id order. */
    public List<UnifiedRecord> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UnifiedRecord> out = new ArrayList<>();
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i += 500) {
            List<Long> chunk = sorted.subList(i, Math.min(sorted.size(), i + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            out.addAll(withHoldings(jdbc.query("select * from unified_record where id in (" + marks + ") order by id",
                    this::row, chunk.toArray())));
        }
        return out;
    }

    /** Every record, live and deleted, read lazily page by page. */
    public java.util.Iterator<UnifiedRecord> iterateAll(int pageSize) {
        return new CataloguePager(this, CatalogueQuery.all(pageSize));
    }

    /** One page of records matching {@code q}, in (datestamp, id) order, with their holdings. */
    public List<UnifiedRecord> list(CatalogueQuery q) {
        return withHoldings(listWithoutHoldings(q));
    }

    /**
     * {@link #list} without reading the holdings (every record's {@code holdings()} is empty): one query
     * instead of two, for pages that show none, such as OAI headers and oai_dc.
     */
    public List<UnifiedRecord> listWithoutHoldings(CatalogueQuery q) {
        List<Object> args = new ArrayList<>();
        // the columns row() reads: the provenance text is as long as the record and pages never need it
        String sql = "select u.id, u.datestamp, u.deleted, u.resource_type, u.encoded, u.libraries from unified_record u where "
                + where(q, args, true) + " order by u.datestamp, u.id limit ?";
        args.add(q.limit());
        return jdbc.query(sql, this::row, args.toArray());
    }

    /** How many records match {@code q}, ignoring its cursor. */
    public long count(CatalogueQuery q) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("select count(*) from unified_record u where " + where(q, args, false), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    public Optional<Instant> earliestDatestamp() {
        return Optional.ofNullable(jdbc.queryForObject("select min(datestamp) from unified_record", OffsetDateTime.class))
                .map(OffsetDateTime::toInstant);
    }

    /** Codes of every library that has ever held a published record. */
    public List<String> libraries() {
        return jdbc.queryForList("select distinct source_code from unified_member order by source_code", String.class);
    }

    private static String where(CatalogueQuery q, List<Object> args, boolean withCursor) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (q.from() != null) {
            w.append(" and u.datestamp >= ?");
            args.add(q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.until() != null) {
            w.append(" and u.datestamp <= ?");
            args.add(q.until().atOffset(ZoneOffset.UTC));
        }
        if (q.library() != null) {
            w.append(" and (' ' || u.libraries || ' ') like ?");
            args.add("% " + q.library() + " %");
        }
        if (q.type() != null) {
            w.append(" and u.resource_type = ?");
            args.add(q.type().code());
        }
        if (withCursor && q.afterDatestamp() != null) {
            OffsetDateTime d = q.afterDatestamp().atOffset(ZoneOffset.UTC);
            // "(datestamp, id) after the cursor", written so that H2 and PostgreSQL both start the index
            // scan at the cursor's datestamp: as "d > ? or (d = ? and id > ?)" H2 scanned the index from its
            // first entry on every page, so each page cost more than the one before
            w.append(" and u.datestamp >= ? and (u.datestamp > ? or u.id > ?)");
            args.addAll(List.of(d, d, q.afterId()));
        }
        return w.toString();
    }

    private UnifiedRecord row(ResultSet rs, int i) throws SQLException {
        String encoded = rs.getString("encoded");
        String libs = rs.getString("libraries");
        return new UnifiedRecord(rs.getLong("id"), rs.getObject("datestamp", OffsetDateTime.class).toInstant(),
                rs.getBoolean("deleted"), ResourceType.ofCode(rs.getString("resource_type")),
                encoded == null ? null : RecordCodec.decode(encoded), List.of(),
                libs.isBlank() ? List.of() : Arrays.asList(libs.split(" ")));
    }

    private List<UnifiedRecord> withHoldings(List<UnifiedRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        Map<Long, List<Holding>> byId = new HashMap<>();
        String marks = String.join(",", Collections.nCopies(records.size(), "?"));
        jdbc.query("select m.unified_id, r.source_code, r.oai_identifier, c.source_record_id, r.datestamp from unified_member m "
                        + "join raw_record r on r.id = m.raw_record_id join canonical_record c on c.raw_record_id = m.raw_record_id "
                        + "where m.unified_id in (" + marks + ") order by m.unified_id, r.id",
                (ResultSet rs) -> {
                    byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Holding(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }, records.stream().map(UnifiedRecord::id).toArray());
        return records.stream().map(u -> new UnifiedRecord(u.id(), u.datestamp(), u.deleted(), u.type(), u.record(),
                byId.getOrDefault(u.id(), List.of()), u.libraries())).toList();
    }
}
