package cn.tjlib.warehouse.search.nearest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.CatalogueQuery;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.dedup.MatchSettings;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.NearestRecords;
import cn.tjlib.warehouse.ingest.ReviewStatus;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.Records;
import cn.tjlib.warehouse.testing.TestDatabases;
import cn.tjlib.warehouse.validation.RecordValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneNearestRecordsIT {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void ranksMembersOfOtherLibrariesByTheRarestTokensTheyShare() {
        try (LuceneNearestRecords index = new LuceneNearestRecords(dir)) {
            index.put(1, "tjl", Set.of("天津", "津近", "近代", "工业", "@王"));
            index.put(2, "heping", Set.of("近代", "工业", "史研", "@李"));
            index.put(3, "heping", Set.of("天津", "津近", "@王"));
            index.put(4, "nankai", Set.of("海河", "@赵"));
            index.refresh();

            assertThat(index.nearest(Set.of("天津", "津近", "近代", "@王"), "xiqing", 2)).containsExactly(1L, 3L);
            // a library's own records are never its candidates
            assertThat(index.nearest(Set.of("天津", "津近", "近代", "@王"), "tjl", 5)).containsExactly(3L, 2L);
            assertThat(index.nearest(Set.of("长城"), "xiqing", 5)).isEmpty();

            index.remove(3);
            index.refresh();
            assertThat(index.nearest(Set.of("天津", "津近", "@王"), "tjl", 5)).isEmpty();
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void survivesARestartAndRebuildsFromEntries() {
        try (LuceneNearestRecords index = new LuceneNearestRecords(dir)) {
            index.put(7, "tjl", Set.of("海河", "文化"));
            index.refresh();
        }
        try (LuceneNearestRecords index = new LuceneNearestRecords(dir)) {
            assertThat(index.nearest(Set.of("海河"), "heping", 3)).containsExactly(7L);
            Iterator<NearestRecords.Entry> fresh = List.of(new NearestRecords.Entry(8, "heping", List.of("长城"))).iterator();
            index.rebuild(fresh);
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.nearest(Set.of("海河"), "xiqing", 3)).isEmpty();
            assertThat(index.nearest(Set.of("长城"), "xiqing", 3)).containsExactly(8L);
        }
    }

    @Test
    void findsACopyThatSharesNoBlockingKeyWhichTheKeysAloneMiss() {
        // the second copy has a typo in its first character and no creator: no title key, no creator-year key in common
        HarvestedRecord original = book("tjl", "a1", "天津近代工业发展史研究", "<dc:creator>王建国 著</dc:creator>");
        HarvestedRecord copy = book("heping", "b1", "夭津近代工业发展史研究");

        Outcome keysOnly = ingestBoth(TestDatabases.h2(), NearestRecords.NONE, original, copy);
        assertThat(keysOnly.unified()).isEqualTo(2);
        assertThat(keysOnly.reviews()).isZero();

        try (LuceneNearestRecords nearest = new LuceneNearestRecords(dir)) {
            Outcome withNearest = ingestBoth(TestDatabases.h2(), nearest, original, copy);
            // compared at last: one work, or a pair for staff to judge
            assertThat(withNearest.unified() == 1 || withNearest.reviews() == 1)
                    .as("unified %d, reviews %d", withNearest.unified(), withNearest.reviews()).isTrue();
        }
    }

    private record Outcome(long unified, int reviews) {
    }

    private static Outcome ingestBoth(DataSource db, NearestRecords nearest, HarvestedRecord first, HarvestedRecord second) {
        JdbcSourceRegistry sources = new JdbcSourceRegistry(db, CLOCK);
        sources.save(Source.of("tjl", "天津图书馆", URI.create("http://127.0.0.1:1/tjl/oai")));
        sources.save(Source.of("heping", "和平区图书馆", URI.create("http://127.0.0.1:1/heping/oai")));
        Warehouse warehouse = new Warehouse(db, CatalogueIndex.NONE, RecordValidator.ACCEPT_ALL, CLOCK, List.of("nlc", "tjl"),
                MatchSettings.defaults(), nearest);
        JdbcHarvestLog log = new JdbcHarvestLog(db);
        warehouse.ingest(new HarvestPage(log.start("tjl", true, null, T0), "tjl", "oai_dc", List.of(first), null));
        warehouse.ingest(new HarvestPage(log.start("heping", true, null, T0), "heping", "oai_dc", List.of(second), null));
        long unified = new JdbcUnifiedCatalogue(db).count(CatalogueQuery.all(10));
        return new Outcome(unified, warehouse.reviews(ReviewStatus.PENDING, 0, 100).size());
    }

    private static HarvestedRecord book(String library, String id, String title, String... extra) {
        String[] elements = new String[extra.length + 4];
        elements[0] = "<dc:type>图书</dc:type>";
        elements[1] = "<dc:publisher>天津人民出版社</dc:publisher>";
        elements[2] = "<dc:date>2010</dc:date>";
        elements[3] = "<dc:language>chi</dc:language>";
        System.arraycopy(extra, 0, elements, 4, extra.length);
        return HarvestedRecord.of("oai:" + library + ".tjlib.cn:" + id, T0, List.of("book"), Records.oaiDc(title, elements));
    }
}
