package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Canonical records, one per accepted raw record, stored as {@link RecordCodec} text. */
final class JdbcCanonicalStore {
    private static final JdbcMultiRowInsert INSERT = new JdbcMultiRowInsert("insert into canonical_record (raw_record_id, "
            + "source_code, source_record_id, resource_type, encoded, updated_at) values ", "(?, ?, ?, ?, ?, ?)");
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

    /**
     * Saves many records at once: a page's worth of {@link #save} with two statements per 500 records.
     * {@code insertedRaw}: raw records inserted in this transaction, which have no canonical row to replace.
     */
    void saveAll(Map<Long, CanonicalRecord> records, Set<Long> insertedRaw, Instant now) {
        deleteAll(records.keySet().stream().filter(id -> !insertedRaw.contains(id)).toList());
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(records.size());
        records.forEach((rawId, record) -> rows.add(new Object[] {rawId, record.sourceLibrary(), record.sourceRecordId(),
                ResourceType.fromDcTypes(record.types()).code(), RecordCodec.encode(record), at}));
        INSERT.insert(jdbc, rows);
    }

    void deleteAll(Collection<Long> rawIds) {
        JdbcUnifyQueue.inChunks(rawIds, (marks, args) -> jdbc.update("delete from canonical_record where raw_record_id in (" + marks + ")", args));
    }
}
