package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.validation.RecordValidator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The front door of the repository: takes harvested pages through store raw → normalise → validate
 * → unified record → index. Each page is one transaction with its checkpoint, so a crash loses at
 * most the page in flight and a re-run of the same page changes nothing.
 */
public final class Warehouse {
    private final TransactionTemplate tx;
    private final RecordIngest ingest;
    private final UnifiedRecordWriter unified;
    private final JdbcHarvestLog log;
    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueIndex index;
    private final JdbcTemplate jdbc;
    private final RecordValidator validator;
    private final Clock clock;

    public Warehouse(DataSource dataSource, CatalogueIndex index, Clock clock, List<String> preferredLibraries) {
        this(dataSource, index, RecordValidator.ACCEPT_ALL, clock, preferredLibraries);
    }

    public Warehouse(DataSource dataSource, CatalogueIndex index, RecordValidator validator, Clock clock,
                     List<String> preferredLibraries) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.unified = new UnifiedRecordWriter(jdbc, preferredLibraries);
        this.ingest = new RecordIngest(jdbc, dataSource, unified, validator);
        this.log = new JdbcHarvestLog(dataSource);
        this.catalogue = new JdbcUnifiedCatalogue(dataSource);
        this.index = index;
        this.validator = validator;
        this.clock = clock;
    }

    /** Stores a page and its checkpoint atomically, then tells the index what was published. */
    public PageResult ingest(HarvestPage page) {
        Set<Long> changed = new LinkedHashSet<>();
        PageResult result = tx.execute(status -> {
            Instant now = now();
            Set<Long> touched = new LinkedHashSet<>();
            HarvestCounts counts = HarvestCounts.ZERO;
            List<Rejection> rejections = new ArrayList<>();
            for (HarvestedRecord r : page.records()) {
                counts = counts.plus(ingest.ingest(page, r, now, touched, rejections));
            }
            changed.addAll(refresh(touched, now));
            log.checkpoint(page.runId(), counts, page.nextToken());
            return new PageResult(counts, rejections, changed.size());
        });
        publish(changed);
        return result;
    }

    /**
     * Validates again every stored record judged by other rules than the validator's current ones,
     * without re-harvesting: quarantines what now fails, publishes what now passes. Returns how many
     * records were re-validated.
     */
    public int revalidate() {
        int done = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList("select id from raw_record where id > ? and status in ('ACCEPTED', 'QUARANTINED') "
                    + "and (rules_version is null or rules_version <> ?) order by id limit 500", Long.class, afterId, validator.rulesVersion());
            if (ids.isEmpty()) {
                return done;
            }
            Set<Long> changed = new LinkedHashSet<>();
            tx.executeWithoutResult(status -> {
                Instant now = now();
                Set<Long> touched = new LinkedHashSet<>();
                ids.forEach(id -> ingest.revalidate(id, now, touched));
                changed.addAll(refresh(touched, now));
            });
            publish(changed);
            done += ids.size();
            afterId = ids.get(ids.size() - 1);
        }
    }

    /** Rebuilds the search index from the database, the source of truth. */
    public void reindex() {
        index.rebuild(catalogue.iterateAll(1000));
    }

    private Set<Long> refresh(Set<Long> touched, Instant now) {
        Set<Long> changed = new LinkedHashSet<>();
        for (long id : touched) {
            if (unified.refresh(id, now)) {
                changed.add(id);
            }
        }
        return changed;
    }

    private void publish(Set<Long> changed) {
        if (!changed.isEmpty()) {
            index.update(catalogue.findAll(changed));
        }
    }

    // whole seconds: OAI-PMH datestamps and resumption cursors have seconds granularity, and a
    // cursor compared against sub-second values would repeat or skip records
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
