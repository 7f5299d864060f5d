package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.xml.XmlChars;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills a migrated, empty database with a published catalogue straight through JDBC batches, without
 * the ingest pipeline: each generated demo record becomes one unified record (its description,
 * provenance and one holding: raw, canonical and member rows), one in a hundred is a deleted one.
 * Datestamps are a permutation of the ids, 50 records a second, so that (datestamp, id) order is not
 * id order, as after years of re-harvests, and pages cut through records that share a datestamp.
 */
final class OaiBenchCatalogue {
    static final Instant FIRST_DATESTAMP = Instant.parse("2020-01-01T00:00:00Z");
    private static final int BATCH = 1000;
    private static final String UNIFIED = "insert into unified_record (id, datestamp, deleted, resource_type, content_hash, encoded, "
            + "libraries, merged_into, created_at, provenance) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)";
    private static final String RAW = "insert into raw_record (id, source_code, oai_identifier, metadata_prefix, datestamp, set_specs, "
            + "deleted, metadata_xml, content_hash, version, status, first_seen, last_seen) "
            + "values (?, ?, ?, 'oai_dc', ?, '', false, null, 'bench', 1, 'ACCEPTED', ?, ?)";
    private static final String CANONICAL = "insert into canonical_record (raw_record_id, source_code, source_record_id, resource_type, "
            + "encoded, updated_at) values (?, ?, ?, ?, '', ?)";
    private static final String MEMBER = "insert into unified_member (raw_record_id, unified_id, source_code) values (?, ?, ?)";

    private OaiBenchCatalogue() {
    }

    /** Writes {@code count} unified records; returns how many, live and deleted. */
    static long fill(DataSource ds, long count) throws SQLException {
        RecordGenerator generator = new RecordGenerator(20120528L, Scale.total(count));
        OaiDcParser parser = new OaiDcParser();
        Iterator<GeneratedRecord> records = generator.records().iterator();
        long written = 0;
        boolean wrapped = false;
        Set<String> libraries = new TreeSet<>();
        Set<String> registered = new TreeSet<>();
        long began = System.nanoTime();
        try (Connection con = ds.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement unified = con.prepareStatement(UNIFIED); PreparedStatement raw = con.prepareStatement(RAW);
                 PreparedStatement canonical = con.prepareStatement(CANONICAL); PreparedStatement member = con.prepareStatement(MEMBER)) {
                while (written < count) {
                    // the generator may make a few fewer than asked: wrap around with fresh ids
                    GeneratedRecord g = records.hasNext() ? records.next() : null;
                    if (g == null) {
                        records = generator.records().iterator();
                        wrapped = true;
                        continue;
                    }
                    CanonicalRecord r;
                    try {
                        r = parser.parse(g.library().code(), g.localId(), XmlChars.strip(g.oaiDc()));
                    } catch (RuntimeException malformed) {
                        continue; // a planted malformed record never reaches the catalogue
                    }
                    long id = written + 1;
                    OffsetDateTime datestamp = datestamp(id, count);
                    boolean deleted = id % 100 == 0;
                    ResourceType type = ResourceType.fromDcTypes(r.types());
                    String library = g.library().code();
                    libraries.add(library);
                    unified.setLong(1, id);
                    unified.setObject(2, datestamp);
                    unified.setBoolean(3, deleted);
                    unified.setString(4, type.code());
                    unified.setString(5, deleted ? "deleted" : "bench" + id);
                    unified.setString(6, deleted ? null : RecordCodec.encode(r));
                    unified.setString(7, library);
                    unified.setObject(8, datestamp);
                    unified.setString(9, deleted ? null : FieldProvenance.encode(provenance(r, id, g.datestamp())));
                    unified.addBatch();
                    if (!deleted) {
                        OffsetDateTime harvested = g.datestamp().atOffset(ZoneOffset.UTC);
                        raw.setLong(1, id);
                        raw.setString(2, library);
                        raw.setString(3, g.oaiIdentifier() + (wrapped ? "-" + id : ""));
                        raw.setObject(4, harvested);
                        raw.setObject(5, harvested);
                        raw.setObject(6, harvested);
                        raw.addBatch();
                        canonical.setLong(1, id);
                        canonical.setString(2, library);
                        canonical.setString(3, g.localId());
                        canonical.setString(4, type.code());
                        canonical.setObject(5, harvested);
                        canonical.addBatch();
                        member.setLong(1, id);
                        member.setLong(2, id);
                        member.setString(3, library);
                        member.addBatch();
                    }
                    written++;
                    if (written % BATCH == 0 || written == count) {
                        sources(con, libraries, registered); // raw_record references source
                        raw.executeBatch();
                        canonical.executeBatch();
                        unified.executeBatch();
                        member.executeBatch();
                        if (written % (10 * BATCH) == 0 || written == count) {
                            con.commit();
                        }
                    }
                    if (written % 100_000 == 0) {
                        System.out.printf("  filled %,d unified records, %.0f records/s%n", written, written / ((System.nanoTime() - began) / 1e9));
                    }
                }
            }
            try (Statement s = con.createStatement()) {
                s.execute("analyze");
            }
            con.commit();
        }
        return written;
    }

    /** A permutation of 1..count (a multiplier coprime with count), 50 records to a second. */
    static OffsetDateTime datestamp(long id, long count) {
        long multiplier = 7_919;
        while (gcd(multiplier, count) != 1) {
            multiplier += 2;
        }
        long position = Math.floorMod((id - 1) * multiplier, count);
        return FIRST_DATESTAMP.plusSeconds(position / 50).atOffset(ZoneOffset.UTC);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void sources(Connection con, Set<String> libraries, Set<String> registered) throws SQLException {
        try (PreparedStatement add = con.prepareStatement("insert into source (code, name, base_url, metadata_prefix, enabled, created_at) "
                + "values (?, ?, ?, 'oai_dc', false, ?)")) {
            for (String code : libraries) {
                if (!registered.add(code)) {
                    continue;
                }
                add.setString(1, code);
                add.setString(2, code);
                add.setString(3, "http://127.0.0.1:1/" + code + "/oai");
                add.setObject(4, FIRST_DATESTAMP.atOffset(ZoneOffset.UTC));
                add.executeUpdate();
            }
        }
    }

    /** Every value as contributed by the one library record, as the composer would record it. */
    private static List<FieldProvenance> provenance(CanonicalRecord r, long rawId, Instant datestamp) {
        List<FieldProvenance> out = new ArrayList<>();
        String lib = r.sourceLibrary();
        String rec = r.sourceRecordId();
        r.titles().forEach(v -> out.add(new FieldProvenance("title", v, lib, rec, rawId, datestamp)));
        r.creators().stream().map(Creator::name).forEach(v -> out.add(new FieldProvenance("creator", v, lib, rec, rawId, datestamp)));
        r.subjects().stream().map(Subject::value).forEach(v -> out.add(new FieldProvenance("subject", v, lib, rec, rawId, datestamp)));
        r.publishers().forEach(v -> out.add(new FieldProvenance("publisher", v, lib, rec, rawId, datestamp)));
        r.dates().forEach(v -> out.add(new FieldProvenance("date", v, lib, rec, rawId, datestamp)));
        r.identifiers().stream().map(Identifier::value).forEach(v -> out.add(new FieldProvenance("identifier", v, lib, rec, rawId, datestamp)));
        r.languages().forEach(v -> out.add(new FieldProvenance("language", v, lib, rec, rawId, datestamp)));
        r.descriptions().forEach(v -> out.add(new FieldProvenance("description", v, lib, rec, rawId, datestamp)));
        return out;
    }
}
