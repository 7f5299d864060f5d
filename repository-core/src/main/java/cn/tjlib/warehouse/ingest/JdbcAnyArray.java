package cn.tjlib.warehouse.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Statements whose one parameter is an array ({@code = any(?)}), run a chunk of values at a time. One
 * array parameter rather than a literal IN list: without statistics (a bulk load into fresh tables)
 * PostgreSQL answers a long IN list with a sequential scan, and an array parameter with the index; the
 * statement text is also the same for every chunk size, so it is parsed and planned once.
 */
final class JdbcAnyArray {
    /** Values per statement: large enough that a batch of 1,000 records needs few, small enough to stay an index look-up. */
    static final int CHUNK = 2000;

    private JdbcAnyArray() {
    }

    /** Runs the query for the ids, {@value #CHUNK} at a time. */
    static void query(JdbcTemplate jdbc, String sql, Collection<Long> ids, RowCallbackHandler handler) {
        query(jdbc, sql, "bigint", ids, handler);
    }

    /** Runs the query for the values (of SQL type {@code sqlType}), {@value #CHUNK} at a time. */
    static void query(JdbcTemplate jdbc, String sql, String sqlType, Collection<?> values, RowCallbackHandler handler) {
        List<?> all = values instanceof List<?> l ? l : new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += CHUNK) {
            Object[] chunk = all.subList(i, Math.min(all.size(), i + CHUNK)).toArray();
            jdbc.query(con -> {
                var ps = con.prepareStatement(sql);
                ps.setArray(1, con.createArrayOf(sqlType, chunk));
                return ps;
            }, handler);
        }
    }

    /** Runs the update for the ids, {@value #CHUNK} at a time. */
    static void update(JdbcTemplate jdbc, String sql, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            Object[] chunk = all.subList(i, Math.min(all.size(), i + CHUNK)).toArray();
            jdbc.update(con -> {
                var ps = con.prepareStatement(sql);
                ps.setArray(1, con.createArrayOf("bigint", chunk));
                return ps;
            });
        }
    }
}
