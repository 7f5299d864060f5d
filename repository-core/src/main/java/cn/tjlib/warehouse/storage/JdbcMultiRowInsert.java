package cn.tjlib.warehouse.storage;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows with one {@code insert … values (…), (…), …} statement per {@value #ROWS} rows. A JDBC
 * batch of single-row inserts still has PostgreSQL parse, bind and execute each row on its own (the
 * driver rewrites batches only when the connection asks for it); thousands of rows per clustering batch
 * made that a tenth of the drain. A harvested page's raw rows, canonical rows, findings and queue entries
 * go the same way.
 */
public final class JdbcMultiRowInsert {
    public static final int ROWS = 250;

    private final String head;
    private final String row;

    /** {@code head} is "insert into t (a, b) values ", {@code row} the placeholders of one row, "(?, ?)". */
    public JdbcMultiRowInsert(String head, String row) {
        this.head = head;
        this.row = row;
    }

    public void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += ROWS) {
            Statement statement = statement(rows.subList(i, Math.min(rows.size(), i + ROWS)));
            jdbc.update(statement.sql(), statement.args());
        }
    }

    /**
     * Inserts {@code rows} and hands every generated key row, with the columns {@code keyColumns}
     * (e.g. the id and a natural key to pair it with), to {@code keys}.
     */
    public void insert(JdbcTemplate jdbc, List<Object[]> rows, String[] keyColumns, RowCallbackHandler keys) {
        for (int i = 0; i < rows.size(); i += ROWS) {
            Statement statement = statement(rows.subList(i, Math.min(rows.size(), i + ROWS)));
            jdbc.execute(con -> con.prepareStatement(statement.sql(), keyColumns), (PreparedStatementCallback<Void>) ps -> {
                // the same parameter handling as JdbcTemplate.update (typed nulls for PostgreSQL)
                new ArgumentPreparedStatementSetter(statement.args()).setValues(ps);
                ps.executeUpdate();
                try (ResultSet generated = ps.getGeneratedKeys()) {
                    while (generated.next()) {
                        keys.processRow(generated);
                    }
                }
                return null;
            });
        }
    }

    private Statement statement(List<Object[]> chunk) {
        StringBuilder sql = new StringBuilder(head);
        List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
        for (int k = 0; k < chunk.size(); k++) {
            sql.append(k == 0 ? "" : ", ").append(row);
            Collections.addAll(args, chunk.get(k));
        }
        return new Statement(sql.toString(), args.toArray());
    }

    private record Statement(String sql, Object[] args) {
    }
}
