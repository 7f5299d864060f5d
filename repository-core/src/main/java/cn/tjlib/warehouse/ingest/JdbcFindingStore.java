package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.validation.Finding;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** Validation findings of one raw record version; replaced whole when the record is validated again. */
final class JdbcFindingStore {
    private final JdbcTemplate jdbc;

    JdbcFindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long rawId, int version, List<Finding> findings, String rulesVersion) {
        jdbc.update("delete from validation_finding where raw_record_id = ? and version = ?", rawId, version);
        List<Object[]> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new Object[] {rawId, version, i, f.ruleId(), f.severity().name(), cap(f.field(), 64), cap(f.value(), 2000),
                    cap(f.messageZh(), 2000), cap(f.messageEn(), 2000), cap(f.suggestion(), 2000)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into validation_finding (raw_record_id, version, position, rule_id, severity, field, "
                    + "finding_value, message_zh, message_en, suggestion) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        jdbc.update("update raw_record set rules_version = ? where id = ?", rulesVersion, rawId);
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
