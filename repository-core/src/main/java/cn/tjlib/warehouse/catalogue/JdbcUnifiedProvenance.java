package cn.tjlib.warehouse.catalogue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalogue knows beyond {@link UnifiedRecord} about how a unified record was made: the
 * provenance of each published value, and for a record deleted by a merge the record it lives on in.
 */
public final class JdbcUnifiedProvenance {
    private final JdbcTemplate jdbc;

    public JdbcUnifiedProvenance(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The provenance of every published value, in field order; empty for deleted or unknown records. */
    public List<FieldProvenance> of(long unifiedId) {
        return jdbc.queryForList("select provenance from unified_record where id = ? and deleted = false", String.class, unifiedId)
                .stream().findFirst().map(FieldProvenance::decode).orElse(List.of());
    }

    /** The surviving record a merged-away record points to (merges re-point older pointers, so this is the live survivor). */
    public Optional<Long> mergedInto(long unifiedId) {
        return jdbc.queryForList("select merged_into from unified_record where id = ? and merged_into is not null", Long.class,
                unifiedId).stream().findFirst();
    }

    /** {@link #of} for many records at once (one query per 500): live records with provenance, keyed by id. */
    public Map<Long, List<FieldProvenance>> ofAll(Collection<Long> unifiedIds) {
        Map<Long, List<FieldProvenance>> out = new HashMap<>();
        inChunks(unifiedIds, "select id, provenance from unified_record where deleted = false and provenance is not null and id in (",
                rs -> out.put(rs.getLong(1), FieldProvenance.decode(rs.getString(2))));
        return out;
    }

    /**
     * The records merged into each of {@code survivorIds}, oldest id first, keyed by survivor; a survivor
     * nothing was merged into is absent. The inverse of {@link #mergedInto}.
     */
    public Map<Long, List<Long>> mergedFrom(Collection<Long> survivorIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        inChunks(survivorIds, "select merged_into, id from unified_record where merged_into in (",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        out.values().forEach(Collections::sort);
        return out;
    }

    private void inChunks(Collection<Long> ids, String sqlUpToIn, RowCallbackHandler rows) {
        List<Long> all = ids.stream().distinct().toList();
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            jdbc.query(sqlUpToIn + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rows, chunk.toArray());
        }
    }
}
