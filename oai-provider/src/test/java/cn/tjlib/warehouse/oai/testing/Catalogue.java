package cn.tjlib.warehouse.oai.testing;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import cn.tjlib.warehouse.xml.XmlChars;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fresh H2 catalogue filled through the real ingest path: records of member libraries harvested
 * as oai_dc, one unified record each. The clock starts on 2024-03-01 and moves only when told.
 */
public final class Catalogue {
    public static final Map<String, String> LIBRARIES = Map.of("tjl", "天津图书馆", "nkl", "南开大学图书馆");
    public final DataSource dataSource = TestDatabases.h2();
    public final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T08:00:00Z"));
    public final JdbcUnifiedCatalogue catalogue = new JdbcUnifiedCatalogue(dataSource);
    public final JdbcUnifiedProvenance provenance = new JdbcUnifiedProvenance(dataSource);
    private final Warehouse warehouse = new Warehouse(dataSource, CatalogueIndex.NONE, clock, List.of("nlc", "tjl"));
    private final JdbcHarvestLog log = new JdbcHarvestLog(dataSource);

    public Catalogue() {
        JdbcSourceRegistry registry = new JdbcSourceRegistry(dataSource, clock);
        LIBRARIES.forEach((code, name) -> registry.save(Source.of(code, name, URI.create("http://127.0.0.1/" + code))));
    }

    /** Harvests {@code records} (local id → oai_dc) from {@code library} in one page, stamped now. */
    public void harvest(String library, Map<String, String> records) {
        List<HarvestedRecord> page = records.entrySet().stream()
                .map(e -> HarvestedRecord.of(oaiId(library, e.getKey()), clock.instant(), List.of(), e.getValue()))
                .toList();
        ingest(library, page);
    }

    public void harvest(String library, String localId, String oaiDc) {
        harvest(library, Map.of(localId, oaiDc));
    }

    public void delete(String library, String localId) {
        ingest(library, List.of(HarvestedRecord.deleted(oaiId(library, localId), clock.instant(), List.of())));
    }

    public void tick() {
        clock.advance(Duration.ofSeconds(1));
    }

    /** The unified id of the record {@code library} sent as {@code localId}, while that library still holds it. */
    public long unifiedId(String library, String localId) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "select m.unified_id from unified_member m join raw_record r on r.id = m.raw_record_id "
                        + "where r.oai_identifier = ?", Long.class, oaiId(library, localId));
    }

    /** An oai_dc record with this title and dc:type, plus any further dc elements given as name, value pairs. */
    public static String dc(String title, String type, String... elements) {
        StringBuilder xml = new StringBuilder("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        xml.append("<dc:title>").append(XmlChars.escape(title)).append("</dc:title>");
        xml.append("<dc:type>").append(XmlChars.escape(type)).append("</dc:type>");
        for (int i = 0; i + 1 < elements.length; i += 2) {
            xml.append("<dc:").append(elements[i]).append('>').append(XmlChars.escape(elements[i + 1]))
                    .append("</dc:").append(elements[i]).append('>');
        }
        return xml.append("</oai_dc:dc>").toString();
    }

    private void ingest(String library, List<HarvestedRecord> records) {
        long run = log.start(library, true, null, clock.instant());
        warehouse.ingest(new HarvestPage(run, library, "oai_dc", records, null));
    }

    private static String oaiId(String library, String localId) {
        return "oai:" + library + ".tjlib.cn:" + localId;
    }
}
