package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.raw.RawChange;
import cn.tjlib.warehouse.raw.RecordOutcome;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.record.RecordParseException;
import cn.tjlib.warehouse.validation.RecordValidator;
import cn.tjlib.warehouse.validation.ValidationReport;
import cn.tjlib.warehouse.validation.ValidationSubject;
import cn.tjlib.warehouse.xml.MalformedXmlException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's way through the first stages inside its transaction. Every record is stored raw whatever
 * happens; then it is rejected (unreadable), quarantined (validation errors) or accepted. Records whose
 * content changed are queued for clustering ({@link JdbcUnifyQueue}): only accepted records end up in a
 * unified record. Reading and validating run record by record; the writes are batched per page.
 */
final class RecordIngest {
    /** A record read and judged, before anything is written. */
    private record Judged(HarvestedRecord harvested, CanonicalRecord record, ValidationReport report, String status, String problem) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcRawRecordStore raw;
    private final JdbcCanonicalStore canonical;
    private final JdbcFindingStore findings;
    private final JdbcUnifyQueue queue;
    private final RecordValidator validator;
    private final OaiDcParser parser = new OaiDcParser();

    RecordIngest(JdbcTemplate jdbc, DataSource dataSource, RecordValidator validator, JdbcUnifyQueue queue) {
        this.jdbc = jdbc;
        this.raw = new JdbcRawRecordStore(dataSource);
        this.canonical = new JdbcCanonicalStore(jdbc);
        this.findings = new JdbcFindingStore(jdbc);
        this.queue = queue;
        this.validator = validator;
    }

    /** Stores the page's records and queues what changed; returns the outcome counts, which add up to the page size. */
    HarvestCounts ingest(HarvestPage page, Instant now, List<Rejection> rejections) {
        List<Judged> judged = page.records().stream().map(r -> judge(page, r)).toList();
        HarvestCounts counts = HarvestCounts.ZERO;
        for (List<Judged> run : withoutRepeats(judged)) {
            counts = counts.plus(store(page, run, now, rejections));
        }
        return counts;
    }

    private Judged judge(HarvestPage page, HarvestedRecord r) {
        String problem = r.problem();
        CanonicalRecord record = null;
        if (problem == null && !r.deleted()) {
            try {
                record = r.oaiDc() != null && "oai_dc".equals(page.metadataPrefix())
                        ? parser.read(page.sourceCode(), r.localId(), r.oaiDc())
                        : read(page.metadataPrefix(), page.sourceCode(), r.localId(), r.metadataXml());
            } catch (RecordParseException | MalformedXmlException | IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        ValidationReport report = record == null ? null : validator.validate(subject(record, r));
        String status = r.deleted() ? "DELETED" : problem != null ? "REJECTED" : report.publishable() ? "ACCEPTED" : "QUARANTINED";
        return new Judged(r, record, report, status, problem);
    }

    /** Splits a page into runs in which no OAI identifier repeats, so that a repeated record is stored over the first. */
    private static List<List<Judged>> withoutRepeats(List<Judged> judged) {
        List<List<Judged>> runs = new ArrayList<>();
        List<Judged> run = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Judged j : judged) {
            if (!seen.add(j.harvested().oaiIdentifier())) {
                runs.add(run);
                run = new ArrayList<>();
                seen.clear();
                seen.add(j.harvested().oaiIdentifier());
            }
            run.add(j);
        }
        runs.add(run);
        return runs;
    }

    private HarvestCounts store(HarvestPage page, List<Judged> run, Instant now, List<Rejection> rejections) {
        List<RawChange> changes = raw.storeAll(page.sourceCode(), page.metadataPrefix(),
                run.stream().map(j -> new JdbcRawRecordStore.Incoming(j.harvested(), j.status(), j.problem(),
                        j.report() == null ? null : validator.rulesVersion())).toList(), page.runId(), now);
        HarvestCounts counts = HarvestCounts.ZERO;
        Map<Long, CanonicalRecord> readable = new LinkedHashMap<>();
        List<JdbcFindingStore.Judged> reports = new ArrayList<>();
        Set<Long> unreadable = new LinkedHashSet<>();
        Set<Long> changed = new LinkedHashSet<>();
        // raw records inserted just now have no canonical row, findings or queue entry to replace yet
        Set<Long> inserted = new HashSet<>();
        for (int k = 0; k < run.size(); k++) {
            Judged j = run.get(k);
            RawChange change = changes.get(k);
            if (change.kind() == RawChange.Kind.UNCHANGED) {
                counts = counts.plus(j.problem() != null ? RecordOutcome.REJECTED : RecordOutcome.UNCHANGED);
                continue;
            }
            changed.add(change.rawId());
            if (change.kind() == RawChange.Kind.INSERTED) {
                inserted.add(change.rawId());
            }
            if (j.record() == null) {
                unreadable.add(change.rawId());
                if (j.problem() != null) {
                    rejections.add(new Rejection(j.harvested().oaiIdentifier(), j.problem()));
                    counts = counts.plus(RecordOutcome.REJECTED);
                } else {
                    counts = counts.plus(RecordOutcome.DELETED);
                }
                continue;
            }
            // quarantined records keep their canonical form and findings for the library's report
            readable.put(change.rawId(), j.record());
            reports.add(new JdbcFindingStore.Judged(change.rawId(), change.version(), j.report().findings()));
            counts = counts.plus(change.kind() == RawChange.Kind.INSERTED ? RecordOutcome.NEW : RecordOutcome.UPDATED);
        }
        unreadable.removeAll(inserted);
        canonical.deleteAll(unreadable);
        canonical.saveAll(readable, inserted, now);
        findings.replaceAll(reports, inserted);
        queue.add(changed, inserted);
        return counts;
    }

    /** Validates a stored record again with the current rules and queues it for clustering. */
    void revalidate(long rawId, Instant now) {
        var row = jdbc.queryForMap("select source_code, oai_identifier, metadata_prefix, metadata_xml, version "
                + "from raw_record where id = ?", rawId);
        HarvestedRecord r = HarvestedRecord.of((String) row.get("oai_identifier"),
                jdbc.queryForObject("select datestamp from raw_record where id = ?", OffsetDateTime.class, rawId).toInstant(),
                List.of(), (String) row.get("metadata_xml"));
        CanonicalRecord record = read((String) row.get("metadata_prefix"), (String) row.get("source_code"), r.localId(), r.metadataXml());
        ValidationReport report = validator.validate(subject(record, r));
        jdbc.update("update raw_record set status = ? where id = ?", report.publishable() ? "ACCEPTED" : "QUARANTINED", rawId);
        canonical.save(rawId, record, now);
        findings.replace(rawId, ((Number) row.get("version")).intValue(), report.findings(), validator.rulesVersion());
        queue.add(List.of(rawId), Set.of());
    }

    private CanonicalRecord read(String prefix, String source, String localId, String xml) {
        if (!"oai_dc".equals(prefix)) {
            throw new RecordParseException("metadata format '" + prefix + "' cannot be read yet (only oai_dc)");
        }
        return parser.parse(source, localId, xml);
    }

    private static ValidationSubject subject(CanonicalRecord record, HarvestedRecord r) {
        return new ValidationSubject(record, r.oaiIdentifier(), r.datestamp(), r.metadataXml());
    }
}
