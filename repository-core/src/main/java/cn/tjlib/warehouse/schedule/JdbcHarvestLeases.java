package cn.tjlib.warehouse.schedule;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Claims on harvesting sources, in the {@code harvest_lease} table, so that service instances sharing
 * one database never harvest a source twice at once. A claim is one conditional {@code UPDATE}: the
 * database serialises competing updates of the row and only the first finds it free, on PostgreSQL
 * and on H2 alike (H2 has no {@code SKIP LOCKED}). A claim expires unless renewed, so a crashed
 * instance's sources become free again.
 */
public final class JdbcHarvestLeases {
    private static final RowMapper<HarvestLease> ROW = (rs, i) -> new HarvestLease(rs.getString("source_code"),
            rs.getString("owner"), rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
            rs.getObject("expires_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    public JdbcHarvestLeases(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Claims {@code sourceCode} for {@code owner} until {@code now + ttl}; false when another claim still holds. */
    public boolean tryClaim(String sourceCode, String owner, Duration ttl, Instant now) {
        ensureRow(sourceCode);
        return jdbc.update("update harvest_lease set owner = ?, claimed_at = ?, expires_at = ? "
                        + "where source_code = ? and (expires_at is null or expires_at <= ?)",
                owner, utc(now), utc(now.plus(ttl)), sourceCode, utc(now)) == 1;
    }

    /** Extends {@code owner}'s claim to {@code now + ttl}; false when the claim was lost (it expired and was taken). */
    public boolean renew(String sourceCode, String owner, Duration ttl, Instant now) {
        return jdbc.update("update harvest_lease set expires_at = ? where source_code = ? and owner = ? "
                + "and expires_at is not null", utc(now.plus(ttl)), sourceCode, owner) == 1;
    }

    /** Gives up {@code owner}'s claim, if it still has it. */
    public void release(String sourceCode, String owner) {
        jdbc.update("update harvest_lease set owner = null, claimed_at = null, expires_at = null "
                + "where source_code = ? and owner = ?", sourceCode, owner);
    }

    /**
     * Records that the schedule fired for {@code sourceCode} at {@code fireTime}; true only for the
     * first instance to report that firing, so a cron tick seen by several instances starts one harvest.
     */
    public boolean tryFire(String sourceCode, Instant fireTime) {
        ensureRow(sourceCode);
        return jdbc.update("update harvest_lease set last_fired_at = ? where source_code = ? "
                + "and (last_fired_at is null or last_fired_at < ?)", utc(fireTime), sourceCode, utc(fireTime)) == 1;
    }

    /** The claim on {@code sourceCode} that holds at {@code now}, if any. */
    public Optional<HarvestLease> holder(String sourceCode, Instant now) {
        return jdbc.query("select * from harvest_lease where source_code = ? and expires_at > ?", ROW, sourceCode, utc(now))
                .stream().findFirst();
    }

    /** Every claim that holds at {@code now}. */
    public List<HarvestLease> held(Instant now) {
        return jdbc.query("select * from harvest_lease where expires_at > ? order by source_code", ROW, utc(now));
    }

    private void ensureRow(String sourceCode) {
        Integer n = jdbc.queryForObject("select count(*) from harvest_lease where source_code = ?", Integer.class, sourceCode);
        if (n != null && n == 0) {
            try {
                jdbc.update("insert into harvest_lease (source_code) values (?)", sourceCode);
            } catch (DuplicateKeyException raced) {
                // another instance inserted it first: the row is there, which is all we need
            }
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
