package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.dedup.Cluster;
import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.MatchSettings;
import cn.tjlib.warehouse.fixtures.DemoLibraries;
import cn.tjlib.warehouse.fixtures.DemoLibrary;
import cn.tjlib.warehouse.fixtures.DemoNetworkOptions;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.schemas.validation.ProfileValidator;
import cn.tjlib.warehouse.search.nearest.LuceneNearestRecords;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deduplication measured on the demo network's ground truth (20,000 Chinese records of 22 libraries,
 * about a third of the works held by several): every record goes through the real pipeline (parse,
 * validate, match, cluster) into H2, and the unified records are scored pairwise against the works the
 * generator made them from. The batch engine is scored on the same accepted records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixturesDedupEvaluationIT {
    private final RecordGenerator generator = new RecordGenerator(DemoNetworkOptions.DEFAULT_SEED, Scale.demo());
    private DataSource ds;
    private Map<String, String> workOf;

    @BeforeAll
    void harvestTheDemoNetwork() {
        ds = TestDatabases.h2();
        workOf = harvestEverything(ds, true);
    }

    @Test
    void thePipelineClustersTheDemoNetworkWithPairwiseF1OfAtLeast099() {

        Map<Long, List<String>> clusters = new HashMap<>();
        new JdbcTemplate(ds).query("select m.unified_id, r.oai_identifier from unified_member m join raw_record r on r.id = m.raw_record_id",
                (ResultSet rs) -> {
                    clusters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Score score = Score.of(clusters.values(), workOf);

        System.out.println("pipeline on fixtures: " + score);
        assertThat(score.members).isGreaterThan(15_000);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void aFirstLoadClustersTheDemoNetworkInOnePassWithPairwiseF1OfAtLeast099() {
        DataSource firstLoad = TestDatabases.h2();
        harvestEverything(firstLoad, false);
        Map<Long, List<String>> clusters = new HashMap<>();
        new JdbcTemplate(firstLoad).query("select m.unified_id, r.oai_identifier from unified_member m join raw_record r on r.id = m.raw_record_id",
                (ResultSet rs) -> {
                    clusters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Score score = Score.of(clusters.values(), workOf);

        System.out.println("first load on fixtures: " + score);
        assertThat(new JdbcTemplate(firstLoad).queryForObject("select count(*) from unified_record where merged_into is not null or deleted",
                Long.class)).as("one pass mints only the ids it keeps: none merged away or deleted").isZero();
        assertThat(score.members).isGreaterThan(15_000);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theBatchEngineClustersTheSameRecordsWithPairwiseF1OfAtLeast099() {
        List<MatchRecord> records = new ArrayList<>();
        Map<String, String> oaiOf = new HashMap<>();
        new JdbcTemplate(ds).query("select r.oai_identifier, c.encoded from canonical_record c join raw_record r on r.id = c.raw_record_id "
                + "where r.status = 'ACCEPTED'", (ResultSet rs) -> {
                    MatchRecord m = MatchRecord.from(RecordCodec.decode(rs.getString(2)));
                    records.add(m);
                    oaiOf.put(m.source() + "|" + m.id(), rs.getString(1));
                });

        List<Cluster> clusters = new Deduplicator(MatchSettings.defaults()).cluster(records);
        Score score = Score.of(clusters.stream().map(c -> c.members().stream().map(m -> oaiOf.get(m.source() + "|" + m.id())).toList())
                .toList(), workOf);

        System.out.println("batch engine on fixtures: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
    }

    /**
     * Harvests every demo library page by page, as the harvester would, clustering after each page or (a held
     * first load) all at the end; returns OAI identifier → work id.
     */
    private Map<String, String> harvestEverything(DataSource db, boolean clusterEachPage) {
        Clock clock = Clock.systemUTC();
        // the service's matching: blocking keys plus the Lucene top-k similarity search
        LuceneNearestRecords nearest;
        try {
            nearest = new LuceneNearestRecords(Files.createTempDirectory("nearest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Warehouse warehouse = new Warehouse(db, CatalogueIndex.NONE, ProfileValidator.loadDefault(), clock, List.of("nlc", "tjl"),
                MatchSettings.defaults(), nearest);
        JdbcHarvestLog log = new JdbcHarvestLog(db);
        Map<String, String> workOf = new HashMap<>();
        for (DemoLibrary library : DemoLibraries.all()) {
            String code = library.code();
            new JdbcSourceRegistry(db, clock).save(Source.of(code, code, URI.create("http://127.0.0.1:1/" + code + "/oai")));
            long run = log.start(code, true, null, clock.instant());
            List<HarvestedRecord> page = new ArrayList<>();
            for (int i = 0; i < generator.count(code); i++) {
                GeneratedRecord g = generator.record(code, i);
                workOf.put(g.oaiIdentifier(), g.workId());
                page.add(HarvestedRecord.of(g.oaiIdentifier(), g.datestamp(), List.of(g.kind().setSpec()), g.oaiDc()));
                if (page.size() == 200 || i == generator.count(code) - 1) {
                    HarvestPage harvested = new HarvestPage(run, code, "oai_dc", page, null);
                    if (clusterEachPage) {
                        warehouse.ingest(harvested);
                    } else {
                        warehouse.store(harvested);
                    }
                    page = new ArrayList<>();
                }
            }
        }
        if (!clusterEachPage) {
            warehouse.unifyPending();
        }
        nearest.close();
        return workOf;
    }

    /** Pairwise precision and recall of clusters against the works their records were made from. */
    private record Score(long members, long goldPairs, long predictedPairs, long truePositives) {
        static Score of(Collection<? extends List<String>> clusters, Map<String, String> workOf) {
            Map<String, Long> perWork = new HashMap<>();
            long members = 0;
            long predicted = 0;
            long correct = 0;
            for (List<String> c : clusters) {
                members += c.size();
                c.forEach(o -> perWork.merge(workOf.get(o), 1L, Long::sum));
                for (int i = 0; i < c.size(); i++) {
                    for (int j = i + 1; j < c.size(); j++) {
                        predicted++;
                        correct += workOf.get(c.get(i)).equals(workOf.get(c.get(j))) ? 1 : 0;
                    }
                }
            }
            long gold = perWork.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
            return new Score(members, gold, predicted, correct);
        }

        double precision() {
            return predictedPairs == 0 ? 0 : (double) truePositives / predictedPairs;
        }

        double recall() {
            return goldPairs == 0 ? 0 : (double) truePositives / goldPairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "records=%d gold pairs=%d predicted pairs=%d true positives=%d precision=%.4f recall=%.4f f1=%.4f",
                    members, goldPairs, predictedPairs, truePositives, precision(), recall(), f1());
        }
    }
}
