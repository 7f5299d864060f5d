package cn.tjlib.warehouse.report;

import cn.tjlib.warehouse.record.RecordCodec;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validation reports per contributing library, computed from the current version of every stored
 * record and its findings. A snapshot of the counts per rule is kept after each harvest, so a
 * report can say what changed since the previous one.
 */
public final class JdbcValidationReports {
    private static final String CURRENT_FINDINGS = "from validation_finding f join raw_record r on r.id = f.raw_record_id "
            + "and f.version = r.version where r.source_code = ? and r.status in ('ACCEPTED', 'QUARANTINED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcValidationReports(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** The report of {@code library}, with at most {@code maxFailures} failing-record lines (errors first). */
    public Optional<LibraryReport> report(String library, int maxFailures) {
        List<String> names = jdbc.queryForList("select name from source where code = ?", String.class, library);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> status = statusCounts(library);
        // the latest snapshot is the state after the last harvest; the one before it is the previous harvest
        Optional<Instant> previousAt = jdbc.queryForList("select distinct taken_at from report_snapshot where source_code = ? "
                + "order by taken_at desc limit 2", OffsetDateTime.class, library).stream().skip(1).findFirst()
                .map(OffsetDateTime::toInstant);
        Map<String, Long> previous = previousAt.map(at -> snapshotCounts(library, at)).orElse(Map.of());
        List<RuleCount> rules = jdbc.query("select f.rule_id, f.severity, min(f.field), min(f.message_zh), min(f.message_en), "
                        + "count(distinct f.raw_record_id) " + CURRENT_FINDINGS + " group by f.rule_id, f.severity "
                        + "order by f.severity, count(distinct f.raw_record_id) desc, f.rule_id",
                (rs, i) -> new RuleCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), previousAt.isEmpty() ? -1 : previous.getOrDefault(rs.getString(1), 0L)), library);
        List<FailingRecord> failures = jdbc.query("select r.oai_identifier, c.encoded, r.status, f.rule_id, f.severity, f.field, "
                        + "f.finding_value, f.message_zh, f.message_en, f.suggestion " + CURRENT_FINDINGS.replace("where",
                        "left join canonical_record c on c.raw_record_id = r.id where")
                        + " order by f.severity, r.oai_identifier, f.position limit ?",
                (rs, i) -> new FailingRecord(rs.getString(1), title(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                library, maxFailures);
        Long failureCount = jdbc.queryForObject("select count(*) " + CURRENT_FINDINGS, Long.class, library);
        return Optional.of(new LibraryReport(library, names.get(0), clock.instant(), status.values().stream().mapToLong(Long::longValue).sum()
                - status.getOrDefault("DELETED", 0L), status.getOrDefault("ACCEPTED", 0L), status.getOrDefault("QUARANTINED", 0L),
                status.getOrDefault("REJECTED", 0L), status.getOrDefault("DELETED", 0L), rules, failures,
                failureCount == null ? 0 : failureCount, previousAt.orElse(null), duplicates(library)));
    }

    /**
     * Published records of one library sharing an ISBN-13 and a title key (the matching stage's
     * blocking keys): the same edition catalogued twice by that library.
     */
    public List<LibraryDuplicate> duplicates(String library) {
        return jdbc.query("select r1.oai_identifier, r2.oai_identifier, k1.match_key from match_key k1 "
                        + "join match_key k2 on k2.match_key = k1.match_key and k2.raw_record_id > k1.raw_record_id "
                        + "join raw_record r1 on r1.id = k1.raw_record_id join raw_record r2 on r2.id = k2.raw_record_id "
                        + "where k1.match_key like 'isbn:%' and r1.source_code = ? and r2.source_code = r1.source_code "
                        + "and exists (select 1 from match_key t1 join match_key t2 on t2.match_key = t1.match_key "
                        + "where t1.raw_record_id = r1.id and t2.raw_record_id = r2.id and t1.match_key like 't:%') "
                        + "order by r1.oai_identifier, r2.oai_identifier",
                (rs, i) -> new LibraryDuplicate(LibraryDuplicate.RULE, rs.getString(1), rs.getString(2),
                        rs.getString(3).substring("isbn:".length())), library);
    }

    /** One line per source: counts of records by outcome and of findings by severity. */
    public List<LibrarySummary> network() {
        return jdbc.query("select s.code, s.name, "
                + "(select count(*) from raw_record r where r.source_code = s.code and r.status <> 'DELETED'), "
                + "(select count(*) from raw_record r where r.source_code = s.code and r.status = 'ACCEPTED'), "
                + "(select count(*) from raw_record r where r.source_code = s.code and r.status = 'QUARANTINED'), "
                + "(select count(*) from raw_record r where r.source_code = s.code and r.status = 'REJECTED'), "
                + "(select count(*) " + CURRENT_FINDINGS.replace("?", "s.code") + " and f.severity = 'ERROR'), "
                + "(select count(*) " + CURRENT_FINDINGS.replace("?", "s.code") + " and f.severity = 'WARNING') "
                + "from source s order by s.code", (rs, i) -> new LibrarySummary(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    /** Records the current counts per rule of {@code library}, the baseline of the next report's trend. */
    public void snapshot(String library) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<Object[]> rows = jdbc.query("select f.rule_id, count(distinct f.raw_record_id) " + CURRENT_FINDINGS + " group by f.rule_id",
                (rs, i) -> new Object[] {library, now, rs.getString(1), rs.getLong(2)}, library);
        rows.add(new Object[] {library, now, "", 0L}); // marks the snapshot even when nothing is wrong
        jdbc.batchUpdate("insert into report_snapshot (source_code, taken_at, rule_id, records) values (?, ?, ?, ?)", rows);
    }

    /** The harvested metadata of one record, as the library sent it. */
    public Optional<String> harvestedXml(String library, String oaiIdentifier) {
        return jdbc.queryForList("select metadata_xml from raw_record where source_code = ? and oai_identifier = ?",
                String.class, library, oaiIdentifier).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private Map<String, Long> statusCounts(String library) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select status, count(*) from raw_record where source_code = ? group by status",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)), library);
        return counts;
    }

    private Map<String, Long> snapshotCounts(String library, Instant at) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select rule_id, records from report_snapshot where source_code = ? and taken_at = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)),
                library, at.atOffset(ZoneOffset.UTC));
        return counts;
    }

    private static String title(String encoded) {
        return encoded == null ? "" : RecordCodec.decode(encoded).title().orElse("");
    }
}
