package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Raw records whose place in the catalogue is still to be worked out ({@code unify_queue}). A page queues
 * its changed records in its own transaction; clustering takes them off in raw id order, so records are
 * placed in the order they were first stored, and a crash in between loses nothing.
 */
final class JdbcUnifyQueue {
    private static final int CHUNK = 500;
    private static final JdbcMultiRowInsert INSERT = new JdbcMultiRowInsert("insert into unify_queue (raw_record_id) values ", "(?)");

    private final JdbcTemplate jdbc;

    JdbcUnifyQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues {@code rawIds}; {@code insertedRaw}: those inserted in this transaction, which cannot be queued already. */
    void add(Collection<Long> rawIds, Set<Long> insertedRaw) {
        if (rawIds.isEmpty()) {
            return;
        }
        // delete first: one set of SQL for H2 and PostgreSQL has no "insert if absent"
        remove(rawIds.stream().filter(id -> !insertedRaw.contains(id)).toList());
        INSERT.insert(jdbc, rawIds.stream().map(id -> new Object[] {id}).toList());
    }

    /** Up to {@code limit} queued records, oldest raw id first. */
    List<Long> next(int limit) {
        return jdbc.queryForList("select raw_record_id from unify_queue order by raw_record_id limit ?", Long.class, limit);
    }

    void remove(Collection<Long> rawIds) {
        inChunks(rawIds, (marks, args) -> jdbc.update("delete from unify_queue where raw_record_id in (" + marks + ")", args));
    }

    long size() {
        Long n = jdbc.queryForObject("select count(*) from unify_queue", Long.class);
        return n == null ? 0 : n;
    }

    /** Runs {@code statement} with "?, ?, …" and the ids, {@value #CHUNK} ids at a time. */
    static void inChunks(Collection<Long> ids, BiConsumer<String, Object[]> statement) {
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            statement.accept(String.join(",", Collections.nCopies(chunk.size(), "?")), chunk.toArray());
        }
    }
}
