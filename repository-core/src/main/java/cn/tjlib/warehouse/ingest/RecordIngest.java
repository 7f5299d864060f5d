package cn.tjlib.warehouse.ingest;

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
import java.util.List;

/**
 * One record's way through the stages inside a page's transaction. A record is stored raw whatever
 * happens; then it is rejected (unreadable), quarantined (validation errors) or accepted, and only
 * accepted records belong to a unified record.
 */
final class RecordIngest {
    private final JdbcTemplate jdbc;
    private final JdbcRawRecordStore raw;
    private final JdbcCanonicalStore canonical;
    private final JdbcFindingStore findings;
    private final RecordValidator validator;
    private final OaiDcParser parser = new OaiDcParser();

    RecordIngest(JdbcTemplate jdbc, DataSource dataSource, RecordValidator validator) {
        this.jdbc = jdbc;
        this.raw = new JdbcRawRecordStore(dataSource);
        this.canonical = new JdbcCanonicalStore(jdbc);
        this.findings = new JdbcFindingStore(jdbc);
        this.validator = validator;
    }

    RecordOutcome ingest(HarvestPage page, HarvestedRecord r, Instant now, ClusterChanges touched, List<Rejection> rejections) {
        String problem = r.problem();
        CanonicalRecord record = null;
        if (problem == null && !r.deleted()) {
            try {
                record = read(page.metadataPrefix(), page.sourceCode(), r.localId(), r.metadataXml());
            } catch (RecordParseException | MalformedXmlException | IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        ValidationReport report = record == null ? null : validator.validate(subject(record, r));
        String status = r.deleted() ? "DELETED" : problem != null ? "REJECTED" : report.publishable() ? "ACCEPTED" : "QUARANTINED";
        RawChange change = raw.store(page.sourceCode(), page.metadataPrefix(), r, status, problem, page.runId(), now);
        if (change.kind() == RawChange.Kind.UNCHANGED) {
            return problem != null ? RecordOutcome.REJECTED : RecordOutcome.UNCHANGED;
        }
        if (record == null) {
            leave(change.rawId(), touched);
            if (problem != null) {
                rejections.add(new Rejection(r.oaiIdentifier(), problem));
                return RecordOutcome.REJECTED;
            }
            return RecordOutcome.DELETED;
        }
        settle(change.rawId(), change.version(), record, report, now, touched);
        return change.kind() == RawChange.Kind.INSERTED ? RecordOutcome.NEW : RecordOutcome.UPDATED;
    }

    /** Validates a stored record again with the current rules. */
    void revalidate(long rawId, Instant now, ClusterChanges touched) {
        var row = jdbc.queryForMap("select source_code, oai_identifier, metadata_prefix, datestamp, metadata_xml, version "
                + "from raw_record where id = ?", rawId);
        HarvestedRecord r = HarvestedRecord.of((String) row.get("oai_identifier"),
                jdbc.queryForObject("select datestamp from raw_record where id = ?", OffsetDateTime.class, rawId).toInstant(),
                List.of(), (String) row.get("metadata_xml"));
        CanonicalRecord record = read((String) row.get("metadata_prefix"), (String) row.get("source_code"), r.localId(), r.metadataXml());
        ValidationReport report = validator.validate(subject(record, r));
        jdbc.update("update raw_record set status = ? where id = ?", report.publishable() ? "ACCEPTED" : "QUARANTINED", rawId);
        settle(rawId, ((Number) row.get("version")).intValue(), record, report, now, touched);
    }

    private void settle(long rawId, int version, CanonicalRecord record, ValidationReport report, Instant now, ClusterChanges touched) {
        canonical.save(rawId, record, now);
        findings.replace(rawId, version, report.findings(), validator.rulesVersion());
        if (report.publishable()) {
            touched.place(rawId, record);
        } else {
            // quarantined: kept with its findings for the library's report, out of the published catalogue
            touched.leave(rawId);
        }
    }

    private void leave(long rawId, ClusterChanges touched) {
        // the cluster change comes first when applied, but the canonical row goes now: it is the page's own row
        touched.leave(rawId);
        canonical.delete(rawId);
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
