package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.raw.RawChange;
import cn.tjlib.warehouse.raw.RecordOutcome;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.record.RecordParseException;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.xml.MalformedXmlException;
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
 * The front door of the repository: takes harvested pages through store raw → normalise → unified
 * record → index. Each page is one transaction with its checkpoint, so a crash loses at most the
 * page in flight and a re-run of the same page changes nothing.
 */
public final class Warehouse {
    private final TransactionTemplate tx;
    private final JdbcRawRecordStore raw;
    private final JdbcCanonicalStore canonical;
    private final UnifiedRecordWriter unified;
    private final JdbcHarvestLog log;
    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueIndex index;
    private final OaiDcParser parser = new OaiDcParser();
    private final Clock clock;

    public Warehouse(DataSource dataSource, CatalogueIndex index, Clock clock, List<String> preferredLibraries) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.raw = new JdbcRawRecordStore(dataSource);
        this.canonical = new JdbcCanonicalStore(jdbc);
        this.unified = new UnifiedRecordWriter(jdbc, preferredLibraries);
        this.log = new JdbcHarvestLog(dataSource);
        this.catalogue = new JdbcUnifiedCatalogue(dataSource);
        this.index = index;
        this.clock = clock;
    }

    /** Stores a page and its checkpoint atomically, then tells the index what was published. */
    public PageResult ingest(HarvestPage page) {
        Set<Long> touched = new LinkedHashSet<>();
        PageResult result = tx.execute(status -> {
            // whole seconds: OAI-PMH datestamps and resumption cursors have seconds granularity, and a
            // cursor compared against sub-second values would repeat or skip records
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            HarvestCounts counts = HarvestCounts.ZERO;
            List<Rejection> rejections = new ArrayList<>();
            for (HarvestedRecord r : page.records()) {
                RecordOutcome outcome = ingestOne(page, r, now, touched, rejections);
                counts = counts.plus(outcome);
            }
            Set<Long> changed = new LinkedHashSet<>();
            for (long id : touched) {
                if (unified.refresh(id, now)) {
                    changed.add(id);
                }
            }
            touched.retainAll(changed);
            log.checkpoint(page.runId(), counts, page.nextToken());
            return new PageResult(counts, rejections, changed.size());
        });
        if (!touched.isEmpty()) {
            index.update(catalogue.findAll(touched));
        }
        return result;
    }

    /** Rebuilds the search index from the database, the source of truth. */
    public void reindex() {
        index.rebuild(catalogue.iterateAll(1000));
    }

    private RecordOutcome ingestOne(HarvestPage page, HarvestedRecord r, Instant now, Set<Long> touched,
                                    List<Rejection> rejections) {
        String problem = r.problem();
        CanonicalRecord record = null;
        if (problem == null && !r.deleted()) {
            try {
                record = read(page, r);
            } catch (RecordParseException | MalformedXmlException | IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        String status = r.deleted() ? "DELETED" : problem != null ? "REJECTED" : "ACCEPTED";
        RawChange change = raw.store(page.sourceCode(), page.metadataPrefix(), r, status, problem, page.runId(), now);
        if (change.kind() == RawChange.Kind.UNCHANGED) {
            return problem != null ? RecordOutcome.REJECTED : RecordOutcome.UNCHANGED;
        }
        if (record == null) {
            // deleted at the source, or no longer acceptable: it leaves the catalogue
            canonical.delete(change.rawId());
            unified.unassign(change.rawId()).ifPresent(touched::add);
            if (problem != null) {
                rejections.add(new Rejection(r.oaiIdentifier(), problem));
                return RecordOutcome.REJECTED;
            }
            return RecordOutcome.DELETED;
        }
        canonical.save(change.rawId(), record, now);
        touched.add(unified.assign(change.rawId(), page.sourceCode(), ResourceType.fromDcTypes(record.types()).code(), now));
        return change.kind() == RawChange.Kind.INSERTED ? RecordOutcome.NEW : RecordOutcome.UPDATED;
    }

    private CanonicalRecord read(HarvestPage page, HarvestedRecord r) {
        if (!"oai_dc".equals(page.metadataPrefix())) {
            throw new RecordParseException("metadata format '" + page.metadataPrefix() + "' cannot be read yet (only oai_dc)");
        }
        return parser.parse(page.sourceCode(), r.localId(), r.metadataXml());
    }
}
