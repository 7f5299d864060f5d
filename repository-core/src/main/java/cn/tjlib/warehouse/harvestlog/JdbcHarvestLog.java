package cn.tjlib.warehouse.harvestlog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Harvest history and checkpoints, in the {@code harvest_run} table. */
public final class JdbcHarvestLog {
    private static final RowMapper<HarvestRun> ROW = (rs, i) -> new HarvestRun(rs.getLong("id"), rs.getString("source_code"),
            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
            HarvestStatus.valueOf(rs.getString("status")), rs.getBoolean("full_harvest"), rs.getString("from_date"),
            rs.getInt("pages"), new HarvestCounts(rs.getInt("records_new"), rs.getInt("records_updated"),
                    rs.getInt("records_unchanged"), rs.getInt("records_deleted"), rs.getInt("records_rejected")),
            rs.getString("resumption_token"), rs.getString("error"));

    private final JdbcTemplate jdbc;

    public JdbcHarvestLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Records the start of a run and returns its id. */
    public long start(String sourceCode, boolean full, String fromDate, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into harvest_run (source_code, started_at, status, full_harvest, "
                    + "from_date, pages, records_new, records_updated, records_unchanged, records_deleted, records_rejected) "
                    + "values (?, ?, 'RUNNING', ?, ?, 0, 0, 0, 0, 0, 0)", new String[] {"id"});
            ps.setString(1, sourceCode);
            ps.setObject(2, now.atOffset(ZoneOffset.UTC));
            ps.setBoolean(3, full);
            ps.setString(4, fromDate);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Adds one completed page to the run's checkpoint; call in the page's transaction. */
    public void checkpoint(long runId, HarvestCounts page, String nextToken) {
        jdbc.update("update harvest_run set pages = pages + 1, records_new = records_new + ?, records_updated = records_updated + ?, "
                        + "records_unchanged = records_unchanged + ?, records_deleted = records_deleted + ?, "
                        + "records_rejected = records_rejected + ?, resumption_token = ? where id = ?",
                page.created(), page.updated(), page.unchanged(), page.deleted(), page.rejected(), nextToken, runId);
    }

    public void finish(long runId, HarvestStatus status, String error, Instant now) {
        if (status == HarvestStatus.RUNNING) {
            throw new IllegalArgumentException("a run cannot finish as RUNNING");
        }
        jdbc.update("update harvest_run set status = ?, error = ?, finished_at = ? where id = ?",
                status.name(), error == null || error.length() <= 4000 ? error : error.substring(0, 3990) + "…",
                now.atOffset(ZoneOffset.UTC), runId);
    }

    public Optional<HarvestRun> find(long runId) {
        return jdbc.query("select * from harvest_run where id = ?", ROW, runId).stream().findFirst();
    }

    public Optional<HarvestRun> lastSucceeded(String sourceCode) {
        return jdbc.query("select * from harvest_run where source_code = ? and status = 'SUCCEEDED' "
                + "order by started_at desc, id desc limit 1", ROW, sourceCode).stream().findFirst();
    }

    /** The newest runs of a source, newest first. */
    public List<HarvestRun> recent(String sourceCode, int limit) {
        return jdbc.query("select * from harvest_run where source_code = ? order by started_at desc, id desc limit ?",
                ROW, sourceCode, limit);
    }
}
