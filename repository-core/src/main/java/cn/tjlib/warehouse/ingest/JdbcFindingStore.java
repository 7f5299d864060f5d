package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import cn.tjlib.warehouse.validation.Finding;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Validation findings of one raw record version; replaced whole when the record is validated again. */
final class JdbcFindingStore {
    private static final JdbcMultiRowInsert INSERT_ROWS = new JdbcMultiRowInsert("insert into validation_finding (raw_record_id, "
            + "version, position, rule_id, severity, field, finding_value, message_zh, message_en, suggestion) values ",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    private final JdbcTemplate jdbc;

    JdbcFindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long rawId, int version, List<Finding> findings, String rulesVersion) {
        jdbc.update("delete from validation_finding where raw_record_id = ? and version = ?", rawId, version);
        List<Object[]> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            rows.add(row(rawId, version, i, findings.get(i)));
        }
        INSERT_ROWS.insert(jdbc, rows);
        jdbc.update("update raw_record set rules_version = ? where id = ?", rulesVersion, rawId);
    }

    /** One record version's findings, for {@link #replaceAll}. */
    record Judged(long rawId, int version, List<Finding> findings) {
    }

    /**
     * A page's worth of {@link #replace}, batched, except that the raw records' {@code rules_version} is left
     * to the caller, which writes it with the raw rows. {@code insertedRaw}: raw records inserted in this
     * transaction, which have no findings to delete.
     */
    void replaceAll(List<Judged> judged, Set<Long> insertedRaw) {
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Judged j : judged) {
            if (!insertedRaw.contains(j.rawId())) {
                keys.add(new Object[] {j.rawId(), j.version()});
            }
            for (int i = 0; i < j.findings().size(); i++) {
                rows.add(row(j.rawId(), j.version(), i, j.findings().get(i)));
            }
        }
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("delete from validation_finding where raw_record_id = ? and version = ?", keys);
        }
        INSERT_ROWS.insert(jdbc, rows);
    }

    private static Object[] row(long rawId, int version, int position, Finding f) {
        return new Object[] {rawId, version, position, f.ruleId(), f.severity().name(), cap(f.field(), 64), cap(f.value(), 2000),
                cap(f.messageZh(), 2000), cap(f.messageEn(), 2000), cap(f.suggestion(), 2000)};
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
