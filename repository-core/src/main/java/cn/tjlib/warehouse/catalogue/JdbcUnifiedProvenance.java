package cn.tjlib.warehouse.catalogue;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
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
}
