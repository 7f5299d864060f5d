package cn.tjlib.warehouse.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows with one {@code insert … values (…), (…), …} statement per {@value #ROWS} rows. A JDBC
 * batch of single-row inserts still has PostgreSQL parse, bind and execute each row on its own (the
 * driver rewrites batches only when the connection asks for it); thousands of rows per clustering batch
 * made that a tenth of the drain. A harvested page's canonical rows, findings and queue entries go the same way.
 */
final class JdbcMultiRowInsert {
    static final int ROWS = 250;

    private final String head;
    private final String row;

    /** {@code head} is "insert into t (a, b) values ", {@code row} the placeholders of one row, "(?, ?)". */
    JdbcMultiRowInsert(String head, String row) {
        this.head = head;
        this.row = row;
    }

    void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += ROWS) {
            List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + ROWS));
            StringBuilder sql = new StringBuilder(head);
            List<Object> args = new ArrayList<>();
            for (int k = 0; k < chunk.size(); k++) {
                sql.append(k == 0 ? "" : ", ").append(row);
                java.util.Collections.addAll(args, chunk.get(k));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
