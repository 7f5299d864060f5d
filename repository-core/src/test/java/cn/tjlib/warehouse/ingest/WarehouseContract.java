package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.CatalogueQuery;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.Records;
import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.RecordValidator;
import cn.tjlib.warehouse.validation.Severity;
import cn.tjlib.warehouse.validation.ValidationReport;
import cn.tjlib.warehouse.validation.ValidationSubject;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage behaviour every database must show; run on H2 and on PostgreSQL. */
abstract class WarehouseContract {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final List<UnifiedRecord> indexed = new ArrayList<>();
    final ForbiddenWordRule rules = new ForbiddenWordRule();
    DataSource ds;
    Warehouse warehouse;
    JdbcUnifiedCatalogue catalogue;
    JdbcRawRecordStore raw;
    JdbcHarvestLog log;

    abstract DataSource database();

    @BeforeEach
    void setUp() {
        ds = database();
        new JdbcSourceRegistry(ds, clock).save(Source.of("tjl", "天津图书馆", URI.create("http://127.0.0.1:1/tjl/oai")));
        new JdbcSourceRegistry(ds, clock).save(Source.of("heping", "和平区图书馆", URI.create("http://127.0.0.1:1/heping/oai")));
        warehouse = new Warehouse(ds, new RecordingIndex(indexed), rules, clock, List.of("nlc", "tjl"));
        catalogue = new JdbcUnifiedCatalogue(ds);
        raw = new JdbcRawRecordStore(ds);
        log = new JdbcHarvestLog(ds);
    }

    PageResult ingest(String source, HarvestedRecord... records) {
        long run = log.start(source, true, null, clock.instant());
        return warehouse.ingest(new HarvestPage(run, source, "oai_dc", List.of(records), null));
    }

    @Test
    void storesNewRecordsAndPublishesOneUnifiedRecordEach() {
        PageResult result = ingest("tjl", Records.book("tjl", "b1", "天津历史", T0), Records.book("tjl", "b2", "海河文化", T0));

        assertThat(result.counts()).isEqualTo(new HarvestCounts(2, 0, 0, 0, 0));
        assertThat(raw.count("tjl")).isEqualTo(2);
        List<UnifiedRecord> all = catalogue.list(CatalogueQuery.all(10));
        assertThat(all).extracting(u -> u.record().title().orElseThrow()).containsExactly("天津历史", "海河文化");
        assertThat(all.get(0).holdings()).singleElement().satisfies(h -> {
            assertThat(h.library()).isEqualTo("tjl");
            assertThat(h.sourceRecordId()).isEqualTo("b1");
        });
        assertThat(indexed).hasSize(2);
    }

    @Test
    void unchangedRecordReharvestedWritesNoNewVersion() {
        ingest("tjl", Records.book("tjl", "b1", "天津历史", T0));
        UnifiedRecord before = catalogue.list(CatalogueQuery.all(10)).get(0);
        clock.advanceSeconds(3600);

        PageResult again = ingest("tjl", Records.book("tjl", "b1", "天津历史", T0));

        assertThat(again.counts()).isEqualTo(new HarvestCounts(0, 0, 1, 0, 0));
        assertThat(raw.versionCount("tjl")).isZero();
        assertThat(catalogue.find(before.id()).orElseThrow().datestamp()).isEqualTo(before.datestamp());
    }

    @Test
    void changedRecordKeepsItsIdentifierMovesItsDatestampAndKeepsHistory() {
        ingest("tjl", Records.book("tjl", "b1", "天津历史", T0));
        UnifiedRecord before = catalogue.list(CatalogueQuery.all(10)).get(0);
        clock.advanceSeconds(60);

        PageResult again = ingest("tjl", Records.book("tjl", "b1", "天津历史（修订版）", T0.plusSeconds(60)));

        assertThat(again.counts().updated()).isEqualTo(1);
        assertThat(raw.versionCount("tjl")).isEqualTo(1);
        UnifiedRecord after = catalogue.find(before.id()).orElseThrow();
        assertThat(after.record().title()).contains("天津历史（修订版）");
        assertThat(after.datestamp()).isEqualTo(before.datestamp().plusSeconds(60));
    }

    @Test
    void deletedRecordLeavesTheCatalogueButStaysAnswerableAsDeleted() {
        ingest("heping", Records.book("heping", "b9", "和平区志", T0));
        long id = catalogue.list(CatalogueQuery.all(10)).get(0).id();
        clock.advanceSeconds(10);

        PageResult result = ingest("heping", HarvestedRecord.deleted("oai:heping.tjlib.cn:b9", T0.plusSeconds(10), List.of("book")));

        assertThat(result.counts().deleted()).isEqualTo(1);
        UnifiedRecord gone = catalogue.find(id).orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.libraries()).containsExactly("heping");
        assertThat(indexed.get(indexed.size() - 1).deleted()).isTrue();
    }

    @Test
    void unreadableRecordIsStoredAsRejectedWithItsReasonAndNotPublished() {
        HarvestedRecord notDc = HarvestedRecord.of("oai:tjl.tjlib.cn:x1", T0, List.of(), "<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"/>");
        HarvestedRecord flagged = HarvestedRecord.rejected("oai:tjl.tjlib.cn:x2", T0, List.of(), Records.oaiDc("坏"), "contains U+0001");

        PageResult result = ingest("tjl", notDc, flagged, Records.book("tjl", "b1", "天津", T0));

        assertThat(result.counts()).isEqualTo(new HarvestCounts(1, 0, 0, 0, 2));
        assertThat(result.rejections()).extracting(Rejection::reason)
                .anySatisfy(r -> assertThat(r).contains("expected <oai_dc:dc>"))
                .anySatisfy(r -> assertThat(r).contains("U+0001"));
        assertThat(raw.count("tjl")).isEqualTo(3);
        assertThat(catalogue.count(CatalogueQuery.all(10))).isEqualTo(1);
    }

    @Test
    void pageAndCheckpointAreStoredTogether() {
        long run = log.start("tjl", false, "2024-12-31T00:00:00Z", clock.instant());
        warehouse.ingest(new HarvestPage(run, "tjl", "oai_dc", List.of(Records.book("tjl", "b1", "天津", T0)), "token-2"));

        var checkpoint = log.find(run).orElseThrow();
        assertThat(checkpoint.pages()).isEqualTo(1);
        assertThat(checkpoint.resumptionToken()).isEqualTo("token-2");
        assertThat(checkpoint.counts().created()).isEqualTo(1);
    }

    @Test
    void aPageThatRepeatsARecordStoresTheLastCopyOverTheFirstAndCountsBoth() {
        PageResult result = ingest("tjl", Records.book("tjl", "b1", "天津历史", T0), Records.book("tjl", "b2", "海河文化", T0),
                Records.book("tjl", "b1", "天津历史（第二版）", T0.plusSeconds(1)));

        assertThat(result.counts()).isEqualTo(new HarvestCounts(2, 1, 0, 0, 0));
        assertThat(raw.count("tjl")).isEqualTo(2);
        assertThat(raw.versionCount("tjl")).isEqualTo(1);
        assertThat(catalogue.list(CatalogueQuery.all(10))).extracting(u -> u.record().title().orElseThrow())
                .containsExactlyInAnyOrder("天津历史（第二版）", "海河文化");
    }

    @Test
    void recordsStoredButNotYetClusteredWhenTheServiceDiesArePublishedByTheNextDrain() {
        long run = log.start("tjl", true, null, clock.instant());
        PageResult stored = warehouse.store(new HarvestPage(run, "tjl", "oai_dc",
                List.of(Records.book("tjl", "b1", "天津历史", T0), Records.book("tjl", "b2", "海河文化", T0)), "token-2"));
        assertThat(stored.counts().created()).isEqualTo(2);
        assertThat(catalogue.count(CatalogueQuery.all(10))).isZero();

        // a new service instance on the same database: nothing of the first is left but the tables
        Warehouse restarted = new Warehouse(ds, new RecordingIndex(indexed), rules, clock, List.of("nlc", "tjl"));
        assertThat(restarted.pendingCount()).isEqualTo(2);
        assertThat(restarted.unifyPending()).isEqualTo(2);

        assertThat(restarted.pendingCount()).isZero();
        assertThat(catalogue.count(CatalogueQuery.all(10))).isEqualTo(2);
        assertThat(indexed).hasSize(2);
        assertThat(log.find(run).orElseThrow().resumptionToken()).isEqualTo("token-2");
    }

    @Test
    void withBackgroundClusteringPagesAreStoredAtOnceAndPublishedWhenTheQueueDrains() throws InterruptedException {
        try (BackgroundClustering worker = warehouse.clusterInBackground(java.time.Duration.ofMillis(100))) {
            PageResult first = ingest("tjl", Records.book("tjl", "b1", "天津历史", T0));
            PageResult second = ingest("heping", Records.book("heping", "h1", "和平区志", T0), Records.book("heping", "h2", "天津历史", T0));

            assertThat(first.counts().created() + second.counts().created()).isEqualTo(3);
            assertThat(worker.awaitDrained(java.time.Duration.ofSeconds(30))).isTrue();
        }
        assertThat(warehouse.pendingCount()).isZero();
        // the two copies of 天津历史 from two libraries are one work
        assertThat(catalogue.list(CatalogueQuery.all(10))).extracting(u -> u.record().title().orElseThrow())
                .containsExactlyInAnyOrder("天津历史", "和平区志");
        // stopped: the next page is clustered inline again
        assertThat(ingest("tjl", Records.book("tjl", "b2", "海河文化", T0)).catalogueChanges()).isEqualTo(1);
    }

    @Test
    void cursorPagingVisitsEveryRecordOnceInDatestampOrder() {
        List<HarvestedRecord> records = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            records.add(Records.book("tjl", "b" + i, "书" + i, T0));
        }
        ingest("tjl", records.toArray(HarvestedRecord[]::new));

        List<Long> seen = new ArrayList<>();
        Iterator<UnifiedRecord> it = catalogue.iterateAll(7);
        it.forEachRemaining(u -> seen.add(u.id()));

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(catalogue.count(new CatalogueQuery(null, null, "tjl", null, null, 0, 1))).isEqualTo(25);
        assertThat(catalogue.count(new CatalogueQuery(null, null, "heping", null, null, 0, 1))).isZero();
    }

    @Test
    void catalogueDatestampsAreWholeSecondsSoOaiCursorsNeverRepeatARecord() {
        clock.advanceNanos(700_000_000);
        ingest("tjl", Records.book("tjl", "b1", "天津", T0));

        assertThat(catalogue.list(CatalogueQuery.all(1)).get(0).datestamp().getNano()).isZero();
    }

    @Test
    void recordWithValidationErrorsIsQuarantinedWithItsFindingsAndNotPublished() {
        rules.forbid("无题名", "v1");
        PageResult result = ingest("tjl", Records.book("tjl", "b1", "无题名", T0), Records.book("tjl", "b2", "天津", T0));

        assertThat(result.counts().created()).isEqualTo(2);
        assertThat(catalogue.count(CatalogueQuery.all(10))).isEqualTo(1);
        assertThat(new JdbcTemplate(ds).queryForList("select r.status || ' ' || f.rule_id from raw_record r "
                + "join validation_finding f on f.raw_record_id = r.id", String.class)).containsExactly("QUARANTINED TEST-WORD");
    }

    @Test
    void eachRecordOfAMixedPageKeepsItsOwnCanonicalFormFindingsAndRulesVersion() {
        rules.forbid("无题名", "v1");
        ingest("tjl", Records.book("tjl", "b1", "天津历史", T0), Records.book("tjl", "b4", "旧题", T0));
        rules.forbid("无题名", "v2");
        clock.advanceSeconds(60);
        PageResult result = ingest("tjl", Records.book("tjl", "b2", "无题名", T0),
                Records.book("tjl", "b1", "天津历史（修订本）", T0.plusSeconds(30)),
                HarvestedRecord.rejected("oai:tjl.tjlib.cn:b4", T0.plusSeconds(30), List.of("book"), "<bad/>", "broken"),
                Records.book("tjl", "b3", "海河文化", T0));

        assertThat(result.counts()).isEqualTo(new HarvestCounts(2, 1, 0, 0, 1));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // new rows get their ids from the insert batch: each canonical row and finding must land on its own raw row
        assertThat(jdbc.queryForList("select r.oai_identifier || ' ' || r.status || ' ' || r.version || ' ' || coalesce(r.rules_version, '-') "
                + "|| ' ' || coalesce(c.source_record_id, '-') from raw_record r left join canonical_record c on c.raw_record_id = r.id "
                + "order by r.oai_identifier", String.class)).containsExactly(
                "oai:tjl.tjlib.cn:b1 ACCEPTED 2 v2 b1",
                "oai:tjl.tjlib.cn:b2 QUARANTINED 1 v2 b2",
                "oai:tjl.tjlib.cn:b3 ACCEPTED 1 v2 b3",
                // rejected: not validated again, so it keeps the rules version of its last validation
                "oai:tjl.tjlib.cn:b4 REJECTED 2 v1 -");
        assertThat(jdbc.queryForList("select r.oai_identifier || ' ' || f.version || ' ' || f.finding_value from validation_finding f "
                + "join raw_record r on r.id = f.raw_record_id", String.class)).containsExactly("oai:tjl.tjlib.cn:b2 1 无题名");
        assertThat(warehouse.pendingCount()).isZero();
        // b4 left the catalogue (its unified record answers as deleted, without content)
        assertThat(catalogue.list(CatalogueQuery.all(10))).filteredOn(u -> u.record() != null)
                .extracting(u -> u.record().title().orElseThrow()).containsExactlyInAnyOrder("天津历史（修订本）", "海河文化");
    }

    @Test
    void aPageLargerThanOneInsertStatementGetsIdsInStoringOrderEachOnItsOwnRecord() {
        rules.forbid("禁书", "v1");
        HarvestedRecord[] page = new HarvestedRecord[600];
        for (int i = 0; i < page.length; i++) {
            // identifiers out of alphabetical order, so that ids in identifier order would differ from storing order
            String id = "b" + ((i * 7919) % 600);
            page[i] = Records.book("tjl", id, i % 97 == 0 ? "禁书" + id : "书名" + id, T0);
        }

        PageResult result = ingest("tjl", page);

        assertThat(result.counts().total()).isEqualTo(600);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<String> stored = jdbc.queryForList("select r.oai_identifier || ' ' || c.source_record_id || ' ' || r.status from raw_record r "
                + "join canonical_record c on c.raw_record_id = r.id order by r.id", String.class);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            String id = "b" + ((i * 7919) % 600);
            expected.add("oai:tjl.tjlib.cn:" + id + " " + id + " " + (i % 97 == 0 ? "QUARANTINED" : "ACCEPTED"));
        }
        assertThat(stored).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForList("select r.oai_identifier from validation_finding f join raw_record r on r.id = f.raw_record_id "
                + "order by r.id", String.class)).hasSize(7).allSatisfy(o -> assertThat(jdbc.queryForObject(
                "select encoded from canonical_record c join raw_record r on r.id = c.raw_record_id where r.oai_identifier = ?",
                String.class, o)).contains("禁书"));
        // the 593 accepted records were queued and reached the catalogue; the quarantined 7 did not
        assertThat(warehouse.pendingCount()).isZero();
        assertThat(jdbc.queryForList("select r.status from unified_member m join raw_record r on r.id = m.raw_record_id", String.class))
                .hasSize(593).containsOnly("ACCEPTED");
    }

    @Test
    void fixingAQuarantinedRecordAtTheSourcePublishesItOnReharvest() {
        rules.forbid("无题名", "v1");
        ingest("tjl", Records.book("tjl", "b1", "无题名", T0));
        clock.advanceSeconds(60);

        ingest("tjl", Records.book("tjl", "b1", "天津历史", T0.plusSeconds(60)));

        assertThat(catalogue.list(CatalogueQuery.all(10))).singleElement()
                .satisfies(u -> assertThat(u.record().title()).contains("天津历史"));
    }

    @Test
    void revalidationWithChangedRulesQuarantinesAndRepublishesWithoutReharvesting() {
        ingest("tjl", Records.book("tjl", "b1", "天津", T0), Records.book("tjl", "b2", "海河", T0));
        long published = catalogue.count(CatalogueQuery.all(10));
        long haiheId = catalogue.list(CatalogueQuery.all(10)).get(1).id();
        rules.forbid("海河", "v2");
        clock.advanceSeconds(5);

        int revalidated = warehouse.revalidate();

        assertThat(published).isEqualTo(2);
        assertThat(revalidated).isEqualTo(2);
        List<UnifiedRecord> all = catalogue.list(CatalogueQuery.all(10));
        assertThat(all).filteredOn(u -> !u.deleted()).extracting(u -> u.record().title().orElseThrow()).containsExactly("天津");
        assertThat(all).filteredOn(UnifiedRecord::deleted).hasSize(1);
        assertThat(warehouse.revalidate()).as("nothing left to re-validate under the same rules").isZero();

        rules.forbid("不存在的词", "v3");
        warehouse.revalidate();
        assertThat(catalogue.list(CatalogueQuery.all(10))).noneMatch(UnifiedRecord::deleted);
        assertThat(catalogue.find(haiheId).orElseThrow().record().title()).as("the record got its old identifier back")
                .contains("海河");
    }

    /** Errors on titles containing one word; its version changes when the word does. */
    static final class ForbiddenWordRule implements RecordValidator {
        private String word = "\u0000never";
        private String version = "v0";

        void forbid(String w, String v) {
            word = w;
            version = v;
        }

        @Override
        public ValidationReport validate(ValidationSubject s) {
            boolean bad = s.record().title().orElse("").contains(word);
            return new ValidationReport("test", bad ? List.of(new Finding("TEST-WORD", Severity.ERROR, "title",
                    s.record().title().orElse(""), "禁用词", "forbidden word", "")) : List.of());
        }

        @Override
        public String rulesVersion() {
            return version;
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }

        void advanceNanos(long n) {
            now = now.plusNanos(n);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps what the warehouse told the index, in order. */
    record RecordingIndex(List<UnifiedRecord> seen) implements CatalogueIndex {
        @Override
        public void update(List<UnifiedRecord> changes) {
            seen.addAll(changes);
        }

        @Override
        public void rebuild(Iterator<UnifiedRecord> all) {
            seen.clear();
            all.forEachRemaining(seen::add);
        }
    }
}
