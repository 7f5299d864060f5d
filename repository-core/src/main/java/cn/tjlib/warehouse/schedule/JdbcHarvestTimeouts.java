package cn.tjlib.warehouse.schedule;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each source's own harvest time limit ({@code source.timeout_seconds}); sources without one use the service default. */
public final class JdbcHarvestTimeouts {
    private final JdbcTemplate jdbc;

    public JdbcHarvestTimeouts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The source's own limit, if it has one. */
    public Optional<Duration> find(String sourceCode) {
        return jdbc.query("select timeout_seconds from source where code = ? and timeout_seconds is not null",
                (rs, i) -> Duration.ofSeconds(rs.getLong(1)), sourceCode).stream().findFirst();
    }

    /** Every source's own limit, by code. */
    public Map<String, Duration> all() {
        Map<String, Duration> all = new HashMap<>();
        jdbc.query("select code, timeout_seconds from source where timeout_seconds is not null",
                rs -> {
                    all.put(rs.getString(1), Duration.ofSeconds(rs.getLong(2)));
                });
        return all;
    }

    /** Sets the source's limit, or clears it (null) to use the default. */
    public void set(String sourceCode, Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        int n = jdbc.update("update source set timeout_seconds = ? where code = ?",
                timeout == null ? null : (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()), sourceCode);
        if (n == 0) {
            throw new IllegalArgumentException("no source with code '" + sourceCode + "'");
        }
    }
}
