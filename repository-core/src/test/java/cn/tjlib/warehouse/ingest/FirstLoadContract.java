package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.report.JdbcValidationReports;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.validation.RecordValidator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load of an empty catalogue, clustered in one pass (see {@link FirstLoad}), as every database must
 * show it; run on H2 and on PostgreSQL. The network: {@value #WORKS} works held by two libraries each (the second
 * copy catalogued a little differently), {@value #SINGLES} works held by one library, and one work a library holds twice.
 */
abstract class FirstLoadContract {
    static final int WORKS = 2_600;
    static final int SINGLES = 1_000;
    private static final String HAN = "天津海河近代经济文化历史研究城市发展社会教育工业港口交通民俗艺术建筑地理人物方志考古"
            + "水利农业商业金融法律政治思想哲学文学诗词戏曲音乐美术书法医学科学技术环境生态语言宗教";

    abstract DataSource database();

    /** A book of work {@code w}: its title and creator drawn from the work's number, so that works differ. */
    static HarvestedRecord copy(String library, String id, int w, boolean variant) {
        Random r = new Random(w * 7919L);
        StringBuilder title = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            title.append(HAN.charAt(r.nextInt(HAN.length())));
        }
        String creator = "张王李赵刘陈杨黄吴周".charAt(r.nextInt(10)) + "" + HAN.charAt(r.nextInt(HAN.length()))
                + HAN.charAt(r.nextInt(HAN.length()));
        String year = String.valueOf(1980 + r.nextInt(40));
        String shown = variant ? title.insert(4, ' ') + " / " + creator + "著" : title.toString();
        return ClusteringContract.book(library, id, shown, creator + (variant ? " 编" : " 著"), year,
                "<dc:identifier>" + isbn(w) + "</dc:identifier>");
    }

    /** A valid ISBN-13 of work {@code w}. */
    static String isbn(int w) {
        String digits = String.format("9787%08d", 10_000_000 + w);
        int sum = 0;
        for (int k = 0; k < 12; k++) {
            sum += (digits.charAt(k) - '0') * (k % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** The network's pages, stored without clustering: clustering is held, as for a first harvest. */
    static Map<String, List<HarvestedRecord>> network() {
        Map<String, List<HarvestedRecord>> pages = new TreeMap<>();
        for (int w = 0; w < WORKS; w++) {
            pages.computeIfAbsent("tjl", k -> new ArrayList<>()).add(copy("tjl", "t" + w, w, false));
            pages.computeIfAbsent("heping", k -> new ArrayList<>()).add(copy("heping", "h" + w, w, true));
        }
        for (int s = 0; s < SINGLES; s++) {
            pages.computeIfAbsent("hexi", k -> new ArrayList<>()).add(copy("hexi", "x" + s, WORKS + s, false));
        }
        // a library's own duplicate: never merged with its twin, so one of them stays alone
        pages.get("hexi").add(copy("hexi", "x-twin", WORKS, false));
        return pages;
    }

    private Warehouse warehouse(DataSource ds, List<UnifiedRecord> indexed) {
        WarehouseContract.MutableClock clock = new WarehouseContract.MutableClock(ClusteringContract.T0);
        for (String code : List.of("tjl", "heping", "hexi", "nlc")) {
            new JdbcSourceRegistry(ds, clock).save(Source.of(code, code, URI.create("http://127.0.0.1:1/" + code + "/oai")));
        }
        return new Warehouse(ds, new WarehouseContract.RecordingIndex(indexed), RecordValidator.ACCEPT_ALL, clock, List.of("nlc", "tjl"));
    }

    private static void store(DataSource ds, Warehouse warehouse, Map<String, List<HarvestedRecord>> pages, boolean cluster) {
        JdbcHarvestLog log = new JdbcHarvestLog(ds);
        pages.forEach((library, records) -> {
            long run = log.start(library, true, null, ClusteringContract.T0);
            for (int k = 0; k < records.size(); k += 500) {
                HarvestPage page = new HarvestPage(run, library, "oai_dc", records.subList(k, Math.min(records.size(), k + 500)), null);
                if (cluster) {
                    warehouse.ingest(page);
                } else {
                    warehouse.store(page);
                }
            }
        });
    }

    /** The live clusters as sets of OAI identifiers, keyed by unified id. */
    private static Map<Long, Set<String>> clusters(DataSource ds) {
        Map<Long, Set<String>> out = new TreeMap<>();
        new JdbcTemplate(ds).query("select m.unified_id, r.oai_identifier from unified_member m join raw_record r on r.id = m.raw_record_id",
                (java.sql.ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return out;
    }

    @Test
    void aFirstLoadClustersEveryQueuedRecordAtOnceWithEveryHolding() {
        DataSource ds = database();
        List<UnifiedRecord> indexed = new ArrayList<>();
        Warehouse warehouse = warehouse(ds, indexed);
        store(ds, warehouse, network(), false);
        assertThat(warehouse.pendingCount()).isEqualTo(2L * WORKS + SINGLES + 1);

        int published = warehouse.unifyPending();

        Map<Long, Set<String>> clusters = clusters(ds);
        assertThat(warehouse.pendingCount()).isZero();
        assertThat(published).isEqualTo(WORKS + SINGLES + 1).isEqualTo(clusters.size());
        assertThat(indexed).as("every unified record published to the index").hasSize(WORKS + SINGLES + 1);
        for (int w = 0; w < WORKS; w += 97) {
            String tjl = "oai:tjl.tjlib.cn:t" + w;
            assertThat(clusters.values()).as("work " + w).contains(Set.of(tjl, "oai:heping.tjlib.cn:h" + w));
        }
        assertThat(clusters.values()).as("a library's own twins stay apart")
                .noneMatch(c -> c.containsAll(Set.of("oai:hexi.tjlib.cn:x0", "oai:hexi.tjlib.cn:x-twin")));
        assertThat(new JdbcValidationReports(ds, Clock.systemUTC()).duplicates("hexi")).as("reported to the library instead")
                .singleElement().satisfies(d -> assertThat(List.of(d.firstIdentifier(), d.secondIdentifier()))
                        .containsExactlyInAnyOrder("oai:hexi.tjlib.cn:x0", "oai:hexi.tjlib.cn:x-twin"));
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        assertThat(jdbc.queryForObject("select count(*) from unified_record where deleted or encoded is null or content_hash = ''",
                Long.class)).as("every unified record composed, none minted and dropped").isZero();
        assertThat(jdbc.queryForObject("select count(distinct raw_record_id) from match_key", Long.class))
                .as("every member filed under its keys for later incremental runs").isEqualTo(2L * WORKS + SINGLES + 1);
        // ids in the order of each cluster's oldest record: a smaller id is an older work
        List<Long> firstRecords = jdbc.queryForList("select min(raw_record_id) from unified_member group by unified_id order by unified_id",
                Long.class);
        assertThat(firstRecords).isSorted();
    }

    @Test
    void aFirstLoadPartitionsTheRecordsAsPlacingThemOneByOneDoes() {
        DataSource bulk = database();
        Warehouse first = warehouse(bulk, new ArrayList<>());
        store(bulk, first, network(), false);
        first.unifyPending();

        DataSource oneByOne = database();
        store(oneByOne, warehouse(oneByOne, new ArrayList<>()), network(), true);

        assertThat(new HashSet<>(clusters(bulk).values())).isEqualTo(new HashSet<>(clusters(oneByOne).values()));
    }

    @Test
    void harvestsAfterAFirstLoadArePlacedOneByOneAndKeepTheIds() {
        DataSource ds = database();
        List<UnifiedRecord> indexed = new ArrayList<>();
        Warehouse warehouse = warehouse(ds, indexed);
        store(ds, warehouse, network(), false);
        warehouse.unifyPending();
        Map<Long, Set<String>> before = clusters(ds);
        long work7 = before.entrySet().stream().filter(e -> e.getValue().contains("oai:tjl.tjlib.cn:t7")).findFirst().orElseThrow().getKey();

        JdbcHarvestLog log = new JdbcHarvestLog(ds);
        long run = log.start("hexi", false, null, ClusteringContract.T0);
        // a third copy of work 7 arrives, and tjl corrects a title of work 8
        warehouse.ingest(new HarvestPage(run, "hexi", "oai_dc", List.of(copy("hexi", "x-work7", 7, true)), null));
        long run2 = log.start("tjl", false, null, ClusteringContract.T0);
        HarvestedRecord corrected = copy("tjl", "t8", 8, true);
        warehouse.ingest(new HarvestPage(run2, "tjl", "oai_dc", List.of(corrected), null));

        Map<Long, Set<String>> after = clusters(ds);
        assertThat(after.get(work7)).contains("oai:tjl.tjlib.cn:t7", "oai:heping.tjlib.cn:h7", "oai:hexi.tjlib.cn:x-work7");
        Map<Set<String>, Long> idsBefore = before.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Map<Long, Set<String>> unchanged = new HashMap<>(after);
        unchanged.remove(work7);
        unchanged.forEach((id, members) -> assertThat(idsBefore.get(members)).as("id of " + members).isEqualTo(id));
        assertThat(after).hasSize(before.size());
    }
}
