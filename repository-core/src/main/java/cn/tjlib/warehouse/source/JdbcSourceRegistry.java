package cn.tjlib.warehouse.source;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The sources the warehouse harvests, kept in the {@code source} table. */
public final class JdbcSourceRegistry {
    private static final RowMapper<Source> ROW = (rs, i) -> new Source(rs.getString("code"), rs.getString("name"),
            URI.create(rs.getString("base_url")), rs.getString("metadata_prefix"), rs.getString("set_spec"),
            rs.getString("schedule"), rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcSourceRegistry(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    public List<Source> all() {
        return jdbc.query("select * from source order by code", ROW);
    }

    public Optional<Source> find(String code) {
        return jdbc.query("select * from source where code = ?", ROW, code).stream().findFirst();
    }

    /** Inserts the source or replaces its settings; its harvest history is kept. */
    public void save(Source s) {
        int updated = jdbc.update("update source set name = ?, base_url = ?, metadata_prefix = ?, set_spec = ?, "
                        + "schedule = ?, enabled = ? where code = ?",
                s.name(), s.baseUrl().toString(), s.metadataPrefix(), s.setSpec(), s.schedule(), s.enabled(), s.code());
        if (updated == 0) {
            jdbc.update("insert into source (code, name, base_url, metadata_prefix, set_spec, schedule, enabled, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                    s.code(), s.name(), s.baseUrl().toString(), s.metadataPrefix(), s.setSpec(), s.schedule(),
                    s.enabled(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    /** Saves every source in {@code seed} only when the registry is empty (first start); returns how many. */
    public int seedIfEmpty(List<Source> seed) {
        Integer count = jdbc.queryForObject("select count(*) from source", Integer.class);
        if (count != null && count > 0) {
            return 0;
        }
        seed.forEach(this::save);
        return seed.size();
    }
}
