package cn.tjlib.warehouse.harvest.describe;

import cn.tjlib.warehouse.harvest.protocol.Granularity;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What each source last declared, in {@code source_description}, {@code source_format} and
 * {@code source_set}: one description per source, replaced whole each time it is read again.
 */
public final class JdbcSourceDescriptions {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcSourceDescriptions(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Replaces what source {@code code} declares with {@code d}. */
    public void save(String code, SourceDescription d) {
        Identify id = d.identify();
        tx.executeWithoutResult(status -> {
            // the source's row lock orders concurrent saves of one source (a page's connection test and a
            // harvest, say), which would otherwise both delete and then collide inserting
            jdbc.queryForList("select code from source where code = ? for update", String.class, code);
            jdbc.update("delete from source_set where source_code = ?", code);
            jdbc.update("delete from source_format where source_code = ?", code);
            jdbc.update("delete from source_description where source_code = ?", code);
            jdbc.update("insert into source_description (source_code, base_url, repository_name, protocol_version, granularity, "
                            + "earliest_datestamp, deleted_record, sets_truncated, read_at, error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    code, d.baseUrl().toString(), cut(id.repositoryName(), 1000), cut(id.protocolVersion(), 16),
                    id.granularity().name(), id.earliestDatestamp() == null ? null : id.earliestDatestamp().atOffset(ZoneOffset.UTC),
                    cut(id.deletedRecord(), 16), d.setsTruncated(), d.readAt().atOffset(ZoneOffset.UTC), cut(d.error(), 4000));
            List<MetadataFormat> formats = d.formats();
            jdbc.batchUpdate("insert into source_format (source_code, seq, prefix, schema_url, namespace) values (?, ?, ?, ?, ?)",
                    IntStream.range(0, formats.size()).mapToObj(i -> new Object[] {code, i,
                            cut(formats.get(i).prefix(), 200), cut(formats.get(i).schema(), 1000),
                            cut(formats.get(i).namespace(), 1000)}).toList());
            List<OaiSet> sets = d.sets();
            jdbc.batchUpdate("insert into source_set (source_code, seq, spec, name) values (?, ?, ?, ?)",
                    IntStream.range(0, sets.size()).mapToObj(i -> new Object[] {code, i,
                            cut(sets.get(i).spec(), 1000), cut(sets.get(i).name(), 1000)}).toList());
        });
    }

    /** What source {@code code} last declared; empty when it was never read. */
    public Optional<SourceDescription> find(String code) {
        List<MetadataFormat> formats = jdbc.query("select * from source_format where source_code = ? order by seq",
                (rs, i) -> new MetadataFormat(rs.getString("prefix"), rs.getString("schema_url"), rs.getString("namespace")), code);
        List<OaiSet> sets = jdbc.query("select * from source_set where source_code = ? order by seq",
                (rs, i) -> new OaiSet(rs.getString("spec"), rs.getString("name")), code);
        return jdbc.query("select * from source_description where source_code = ?", (rs, i) -> {
            OffsetDateTime earliest = rs.getObject("earliest_datestamp", OffsetDateTime.class);
            Identify identify = new Identify(rs.getString("repository_name"), rs.getString("protocol_version"),
                    earliest == null ? null : earliest.toInstant(), rs.getString("deleted_record"),
                    Granularity.valueOf(rs.getString("granularity")));
            return new SourceDescription(URI.create(rs.getString("base_url")), identify, formats, sets,
                    rs.getBoolean("sets_truncated"), rs.getObject("read_at", OffsetDateTime.class).toInstant(), rs.getString("error"));
        }, code).stream().findFirst();
    }

    // a repository's free text must not fail the save: over-long values are cut, marked with an ellipsis
    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
