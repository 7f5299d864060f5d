package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.record.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;

/** Canonical records, one per accepted raw record, stored as {@link RecordCodec} text. */
final class JdbcCanonicalStore {
    private final JdbcTemplate jdbc;

    JdbcCanonicalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long rawId, CanonicalRecord record, Instant now) {
        String encoded = RecordCodec.encode(record);
        String type = ResourceType.fromDcTypes(record.types()).code();
        int n = jdbc.update("update canonical_record set source_record_id = ?, resource_type = ?, encoded = ?, updated_at = ? "
                + "where raw_record_id = ?", record.sourceRecordId(), type, encoded, now.atOffset(ZoneOffset.UTC), rawId);
        if (n == 0) {
            jdbc.update("insert into canonical_record (raw_record_id, source_code, source_record_id, resource_type, encoded, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?)", rawId, record.sourceLibrary(), record.sourceRecordId(), type, encoded,
                    now.atOffset(ZoneOffset.UTC));
        }
    }

    void delete(long rawId) {
        jdbc.update("delete from canonical_record where raw_record_id = ?", rawId);
    }
}
