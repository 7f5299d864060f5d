package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.CatalogueQuery;
import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.Records;
import cn.tjlib.warehouse.validation.RecordValidator;
import cn.tjlib.warehouse.report.JdbcValidationReports;
import cn.tjlib.warehouse.report.LibraryDuplicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clustering into unified records as every database must show it; run on H2 and on PostgreSQL. */
abstract class ClusteringContract {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final String ISBN = "978-7-201-09063-4";

    final WarehouseContract.MutableClock clock = new WarehouseContract.MutableClock(T0);
    final List<UnifiedRecord> indexed = new ArrayList<>();
    Warehouse warehouse;
    JdbcUnifiedCatalogue catalogue;
    JdbcUnifiedProvenance provenance;
    JdbcHarvestLog log;
    JdbcValidationReports reports;
    DataSource ds;

    abstract DataSource database();

    @BeforeEach
    void setUp() {
        ds = database();
        for (String code : List.of("nlc", "tjl", "heping", "hexi")) {
            new JdbcSourceRegistry(ds, clock).save(Source.of(code, code, URI.create("http://127.0.0.1:1/" + code + "/oai")));
        }
        warehouse = new Warehouse(ds, new WarehouseContract.RecordingIndex(indexed), RecordValidator.ACCEPT_ALL, clock,
                List.of("nlc", "tjl"));
        catalogue = new JdbcUnifiedCatalogue(ds);
        provenance = new JdbcUnifiedProvenance(ds);
        log = new JdbcHarvestLog(ds);
        reports = new JdbcValidationReports(ds, clock);
    }

    void ingest(String source, HarvestedRecord... records) {
        long run = log.start(source, true, null, clock.instant());
        warehouse.ingest(new HarvestPage(run, source, "oai_dc", List.of(records), null));
    }

    /** A book as a library catalogues it; {@code extra} adds raw dc elements. */
    static HarvestedRecord book(String library, String id, String title, String creator, String year, String... extra) {
        List<String> elements = new ArrayList<>(List.of("<dc:type>图书</dc:type>", "<dc:creator>" + creator + "</dc:creator>",
                "<dc:language>chi</dc:language>"));
        if (year != null) {
            elements.add("<dc:date>" + year + "</dc:date>");
            elements.add("<dc:publisher>天津人民出版社</dc:publisher>");
        }
        elements.addAll(List.of(extra));
        return HarvestedRecord.of("oai:" + library + ".tjlib.cn:" + id, T0, List.of("book"),
                Records.oaiDc(title, elements.toArray(String[]::new)));
    }

    static HarvestedRecord history(String library, String id, String title, String... extra) {
        List<String> elements = new ArrayList<>(List.of("<dc:identifier>" + ISBN + "</dc:identifier>"));
        elements.addAll(List.of(extra));
        return book(library, id, title, "张三 著", "2015", elements.toArray(String[]::new));
    }

    long idOf(String oaiIdentifier) {
        return catalogue.list(CatalogueQuery.all(1000)).stream().filter(u -> !u.deleted())
                .filter(u -> u.holdings().stream().anyMatch(h -> h.oaiIdentifier().equals(oaiIdentifier)))
                .findFirst().orElseThrow(() -> new AssertionError(oaiIdentifier + " is in no live unified record")).id();
    }

    List<UnifiedRecord> live() {
        return catalogue.list(CatalogueQuery.all(1000)).stream().filter(u -> !u.deleted()).toList();
    }

    @Test
    void copiesOfOneBookFromTwoLibrariesBecomeOneUnifiedRecordWithEveryHoldingAndProvenance() {
        ingest("heping", history("heping", "h1", "天津近代經濟史", "<dc:description>本书梳理了天津近代经济的发展脉络。</dc:description>"));
        ingest("tjl", history("tjl", "b1", "天津近代经济史 / 张三著"));

        UnifiedRecord u = live().get(0);
        assertThat(live()).hasSize(1);
        assertThat(u.holdings()).extracting(Holding::library).containsExactlyInAnyOrder("tjl", "heping");
        assertThat(u.libraries()).as("the preferred library first").containsExactly("tjl", "heping");
        assertThat(u.record().sourceLibrary()).as("Tianjin Library's record is the master").isEqualTo("tjl");
        assertThat(u.record().descriptions()).as("filled from heping").containsExactly("本书梳理了天津近代经济的发展脉络。");
        assertThat(u.record().identifiers()).as("one ISBN, not one per library").hasSize(1);
        assertThat(provenance.of(u.id())).filteredOn(p -> p.field().equals("description")).singleElement()
                .satisfies(p -> assertThat(p.library() + " " + p.sourceRecordId()).isEqualTo("heping h1"));
        assertThat(provenance.of(u.id())).filteredOn(p -> p.field().equals("title")).extracting(FieldProvenance::library)
                .containsOnly("tjl");
    }

    @Test
    void aLibrarysOwnDuplicatesAreNotMergedButReportedToThatLibrary() {
        ingest("tjl", history("tjl", "b1", "天津近代经济史"), history("tjl", "b2", "天津近代经济史"),
                book("tjl", "b3", "海河文化概论", "李四 著", "2019"));
        ingest("heping", history("heping", "h1", "天津近代经济史"));

        assertThat(live()).hasSize(3);
        assertThat(reports.duplicates("tjl")).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(LibraryDuplicate.RULE);
            assertThat(List.of(d.firstIdentifier(), d.secondIdentifier()))
                    .containsExactlyInAnyOrder("oai:tjl.tjlib.cn:b1", "oai:tjl.tjlib.cn:b2");
            assertThat(d.isbn()).isEqualTo("9787201090634");
        });
        assertThat(reports.duplicates("heping")).as("a copy held by another library is no duplicate").isEmpty();
        assertThat(reports.report("tjl", 10).orElseThrow().duplicates()).hasSize(1);
    }

    @Test
    void aRecordThatNoLongerMatchesSplitsOffAndTheLargerPartKeepsTheId() {
        ingest("tjl", history("tjl", "b1", "天津近代经济史"));
        ingest("heping", history("heping", "h1", "天津近代经济史"));
        ingest("nlc", history("nlc", "n1", "天津近代经济史"));
        long id = idOf("oai:tjl.tjlib.cn:b1");
        assertThat(live()).hasSize(1);
        clock.advanceSeconds(60);

        ingest("nlc", book("nlc", "n1", "海河文化概论", "李四 著", "2019"));

        assertThat(idOf("oai:tjl.tjlib.cn:b1")).isEqualTo(id);
        assertThat(idOf("oai:heping.tjlib.cn:h1")).isEqualTo(id);
        assertThat(idOf("oai:nlc.tjlib.cn:n1")).isNotEqualTo(id);
        assertThat(catalogue.find(id).orElseThrow().record().sourceLibrary()).as("the master moved on to tjl").isEqualTo("tjl");
    }

    @Test
    void whenTwoClustersBecomeOneTheOlderIdSurvivesAndTheOtherIsDeletedPointingToIt() {
        ingest("tjl", history("tjl", "b1", "天津近代经济史"));
        ingest("heping", book("heping", "h1", "海河文化概论", "李四 著", "2019"));
        long older = idOf("oai:tjl.tjlib.cn:b1");
        long newer = idOf("oai:heping.tjlib.cn:h1");
        assertThat(newer).isGreaterThan(older);
        clock.advanceSeconds(60);

        ingest("heping", history("heping", "h1", "天津近代经济史"));

        assertThat(idOf("oai:heping.tjlib.cn:h1")).isEqualTo(older);
        UnifiedRecord gone = catalogue.find(newer).orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(provenance.mergedInto(newer)).contains(older);
        assertThat(indexed).anySatisfy(u -> assertThat(u.id() == newer && u.deleted()).isTrue());
    }

    @Test
    void staffConfirmationMergesAnUncertainPairAndEveryLaterRunKeepsItMerged() {
        // same title, different creators, nothing else to go on: between the thresholds
        ingest("tjl", book("tjl", "b1", "天津近代经济史", "张三 著", null));
        ingest("heping", book("heping", "h1", "天津近代经济史", "李四 著", null));
        long older = idOf("oai:tjl.tjlib.cn:b1");
        long newer = idOf("oai:heping.tjlib.cn:h1");
        ReviewPair pair = warehouse.reviews(ReviewStatus.PENDING, 0, 10).get(0);
        assertThat(pair.left().library() + pair.right().library()).isEqualTo("tjlheping");
        assertThat(pair.score()).isBetween(0.6, 0.9);
        clock.advanceSeconds(60);

        ReviewPair decided = warehouse.decide(pair.id(), ReviewStatus.CONFIRMED, "cataloguer").orElseThrow();

        assertThat(decided.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(decided.decidedBy()).isEqualTo("cataloguer");
        assertThat(idOf("oai:heping.tjlib.cn:h1")).isEqualTo(older);
        assertThat(provenance.mergedInto(newer)).contains(older);
        assertThat(warehouse.reviews(ReviewStatus.PENDING, 0, 10)).isEmpty();

        clock.advanceSeconds(60);
        ingest("heping", book("heping", "h1", "天津近代经济史", "王五 编", null));
        assertThat(idOf("oai:heping.tjlib.cn:h1")).as("still together after a re-match").isEqualTo(older);
    }

    @Test
    void staffRejectionKeepsAPairApartEvenWhenItLaterMatches() {
        ingest("tjl", book("tjl", "b1", "天津近代经济史", "张三 著", null));
        ingest("heping", book("heping", "h1", "天津近代经济史", "李四 著", null));
        ReviewPair pair = warehouse.reviews(ReviewStatus.PENDING, 0, 10).get(0);
        warehouse.decide(pair.id(), ReviewStatus.REJECTED, "cataloguer");
        clock.advanceSeconds(60);

        ingest("heping", book("heping", "h1", "天津近代经济史", "张三 著", null));

        assertThat(idOf("oai:heping.tjlib.cn:h1")).isNotEqualTo(idOf("oai:tjl.tjlib.cn:b1"));
        assertThat(warehouse.reviews(ReviewStatus.REJECTED, 0, 10)).singleElement()
                .satisfies(p -> assertThat(p.decidedAt()).isNotNull());
    }

    @Test
    void rejectingAPairInsideOneUnifiedRecordSplitsIt() {
        ingest("tjl", book("tjl", "b1", "天津近代经济史", "张三 著", null));
        ingest("heping", book("heping", "h1", "天津近代经济史", "李四 著", null));
        ReviewPair pair = warehouse.reviews(ReviewStatus.PENDING, 0, 10).get(0);
        warehouse.decide(pair.id(), ReviewStatus.CONFIRMED, "cataloguer");
        long id = idOf("oai:tjl.tjlib.cn:b1");

        warehouse.decide(pair.id(), ReviewStatus.REJECTED, "head cataloguer");

        assertThat(idOf("oai:tjl.tjlib.cn:b1")).isEqualTo(id);
        assertThat(idOf("oai:heping.tjlib.cn:h1")).isNotEqualTo(id);
    }

    @Test
    void confirmingAPairThatWouldPutTwoRecordsOfOneLibraryTogetherIsRefused() {
        ingest("tjl", book("tjl", "b1", "天津近代经济史", "张三 著", null), book("tjl", "b2", "天津近代经济史", "李四 著", null));
        ingest("heping", book("heping", "h1", "天津近代经济史", "李四 著", null), book("heping", "h2", "天津近代经济史", "张三 著", null));
        assertThat(idOf("oai:heping.tjlib.cn:h2")).isEqualTo(idOf("oai:tjl.tjlib.cn:b1"));
        assertThat(idOf("oai:heping.tjlib.cn:h1")).isEqualTo(idOf("oai:tjl.tjlib.cn:b2"));
        ReviewPair pair = warehouse.reviews(ReviewStatus.PENDING, 0, 10).stream()
                .filter(p -> p.left().oaiIdentifier().endsWith(":b1") && p.right().oaiIdentifier().endsWith(":h1"))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> warehouse.decide(pair.id(), ReviewStatus.CONFIRMED, "cataloguer"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be put together");
        assertThat(warehouse.review(pair.id()).orElseThrow().status()).as("nothing stored").isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aFullReharvestOfEverySourceChangesNoIdentifier() {
        Map<String, List<HarvestedRecord>> network = Map.of(
                "tjl", List.of(history("tjl", "b1", "天津近代经济史"), book("tjl", "b2", "海河文化概论", "李四 著", "2019"),
                        book("tjl", "b3", "津沽方言研究", "王五 著", "2001")),
                "heping", List.of(history("heping", "h1", "天津近代經濟史"), book("heping", "h2", "海河文化概论", "李四", "2019")),
                "nlc", List.of(history("nlc", "n1", "天津近代经济史"), book("nlc", "n2", "渤海湾渔业史", "赵六 著", "1998")));
        for (String source : List.of("tjl", "heping", "nlc")) {
            ingest(source, network.get(source).toArray(HarvestedRecord[]::new));
        }
        Map<Long, Instant> before = snapshot();
        assertThat(live()).hasSize(4);
        clock.advanceSeconds(3600);

        for (String source : List.of("nlc", "heping", "tjl")) {
            ingest(source, network.get(source).toArray(HarvestedRecord[]::new));
        }
        assertThat(snapshot()).as("same ids, same datestamps").isEqualTo(before);

        clock.advanceSeconds(3600);
        for (String source : List.of("heping", "nlc", "tjl")) {
            // every record edited in a field matching does not read: ids stay, content (and datestamps) move
            ingest(source, network.get(source).stream().map(r -> HarvestedRecord.of(r.oaiIdentifier(), T0.plusSeconds(7200),
                    r.setSpecs(), r.metadataXml().replace("</oai_dc:dc>", "<dc:rights>CC BY</dc:rights></oai_dc:dc>")))
                    .toArray(HarvestedRecord[]::new));
        }
        assertThat(snapshot().keySet()).isEqualTo(before.keySet());
        assertThat(catalogue.count(CatalogueQuery.all(10))).as("no id minted").isEqualTo(4);
    }

    @Test
    void clustersMergedWithinOneBatchKeepTheOlderIdAndNewIdsFollowTheQueueOrder() {
        ingest("tjl", history("tjl", "b1", "天津近代经济史"));
        ingest("heping", book("heping", "h1", "海河文化概论", "李四 著", "2019"));
        long older = idOf("oai:tjl.tjlib.cn:b1");
        long newer = idOf("oai:heping.tjlib.cn:h1");
        clock.advanceSeconds(60);

        // stored first, clustered together in one batch: h1 turns into a copy of b1, n1 is another copy, x1 and x2 are new works
        store("heping", history("heping", "h1", "天津近代经济史"));
        store("nlc", history("nlc", "n1", "天津近代经济史"), book("nlc", "n2", "渤海湾渔业史", "赵六 著", "1998"));
        store("hexi", book("hexi", "x1", "津沽方言研究", "王五 著", "2001"), book("hexi", "x2", "渤海湾渔业史", "赵六", "1998"));
        warehouse.unifyPending();

        assertThat(idOf("oai:heping.tjlib.cn:h1")).isEqualTo(older);
        assertThat(idOf("oai:nlc.tjlib.cn:n1")).isEqualTo(older);
        assertThat(catalogue.find(newer).orElseThrow().deleted()).isTrue();
        assertThat(provenance.mergedInto(newer)).contains(older);
        long fishery = idOf("oai:nlc.tjlib.cn:n2");
        assertThat(idOf("oai:hexi.tjlib.cn:x2")).as("a copy stored in the same batch").isEqualTo(fishery);
        assertThat(fishery).as("minted in queue order, after every older id").isGreaterThan(newer)
                .isLessThan(idOf("oai:hexi.tjlib.cn:x1"));
        assertThat(blankUnifiedRecords()).as("ids reserved for the batch and not used are gone").isZero();
    }

    @Test
    void aRecordLeavingAndAnotherJoiningInOneBatchSplitTheClusterAndTheLargerPartKeepsTheId() {
        ingest("tjl", history("tjl", "b1", "天津近代经济史"));
        ingest("heping", history("heping", "h1", "天津近代经济史"));
        ingest("nlc", history("nlc", "n1", "天津近代经济史"));
        long id = idOf("oai:tjl.tjlib.cn:b1");
        clock.advanceSeconds(60);

        store("nlc", book("nlc", "n1", "海河文化概论", "李四 著", "2019"));
        store("hexi", history("hexi", "x1", "天津近代经济史"), book("hexi", "x2", "海河文化概论", "李四", "2019"));
        warehouse.unifyPending();

        assertThat(List.of(idOf("oai:tjl.tjlib.cn:b1"), idOf("oai:heping.tjlib.cn:h1"), idOf("oai:hexi.tjlib.cn:x1"))).containsOnly(id);
        long split = idOf("oai:nlc.tjlib.cn:n1");
        assertThat(split).isNotEqualTo(id);
        assertThat(idOf("oai:hexi.tjlib.cn:x2")).isEqualTo(split);
        assertThat(live()).hasSize(2);
    }

    @Test
    void anUncertainPairChangedInTheBatchThatQueuedItIsQueuedOnceWithItsNewScore() {
        ingest("tjl", book("tjl", "b1", "天津近代经济史", "张三 著", null));
        ingest("heping", book("heping", "h1", "天津近代经济史", "李四 著", null));
        ReviewPair before = warehouse.reviews(ReviewStatus.PENDING, 0, 10).get(0);
        clock.advanceSeconds(60);

        // both sides of the pending pair change in one batch: each drops it, the later one queues it again
        store("tjl", book("tjl", "b1", "天津近代经济史", "王五 著", null));
        store("heping", book("heping", "h1", "天津近代经济史", "赵六 著", null));
        warehouse.unifyPending();

        assertThat(warehouse.reviews(ReviewStatus.PENDING, 0, 10)).singleElement().satisfies(p -> {
            assertThat(p.id()).as("queued again").isNotEqualTo(before.id());
            assertThat(p.createdAt()).isEqualTo(clock.instant());
            assertThat(p.left().rawRecordId()).isEqualTo(before.left().rawRecordId());
        });
        assertThat(idOf("oai:heping.tjlib.cn:h1")).isNotEqualTo(idOf("oai:tjl.tjlib.cn:b1"));
    }

    void store(String source, HarvestedRecord... records) {
        long run = log.start(source, true, null, clock.instant());
        warehouse.store(new HarvestPage(run, source, "oai_dc", List.of(records), null));
    }

    private long blankUnifiedRecords() {
        Long n = new JdbcTemplate(ds).queryForObject("select count(*) from unified_record where content_hash = ''", Long.class);
        return n == null ? 0 : n;
    }

    private Map<Long, Instant> snapshot() {
        Map<Long, Instant> ids = new HashMap<>();
        live().forEach(u -> ids.put(u.id(), u.datestamp()));
        return ids;
    }
}
