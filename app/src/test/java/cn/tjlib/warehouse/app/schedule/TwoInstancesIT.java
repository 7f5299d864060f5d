package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.DemoNetworkOptions;
import cn.tjlib.warehouse.fixtures.DemoSource;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.client.OaiClient;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances (each its own harvester, queue and claims) on one PostgreSQL database race
 * for the same 22 sources, round after round: no source is ever harvested by both at once.
 */
class TwoInstancesIT {
    private static final int ROUNDS = 1;

    private final Map<String, AtomicInteger> fetching = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();

    @Test
    void noSourceIsHarvestedTwiceConcurrently() throws Exception {
        DataSource db = TestDatabases.postgres();
        try (DemoNetwork network = DemoNetwork.start(new DemoNetworkOptions(DemoNetworkOptions.DEFAULT_SEED, 0, 5,
                Scale.total(440), false))) {
            JdbcSourceRegistry registry = new JdbcSourceRegistry(db, Clock.systemUTC());
            Map<URI, String> codes = new ConcurrentHashMap<>();
            for (DemoSource s : network.sources()) {
                registry.save(Source.of(s.code(), s.name(), URI.create(s.baseUrl())));
                codes.put(URI.create(s.baseUrl()), s.code());
            }
            List<Source> sources = registry.all();
            try (HarvestJobs a = instance(db, "node-a", codes); HarvestJobs b = instance(db, "node-b", codes)) {
                List<HarvestReport> reports = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<CompletableFuture<HarvestReport>> all = new ArrayList<>();
                    for (Source s : sources) {
                        a.submit(s, round == 0, "test", null).ifPresent(all::add);
                        b.submit(s, round == 0, "test", null).ifPresent(all::add);
                    }
                    all.forEach(f -> reports.add(f.join()));
                }
                long refused = reports.stream().filter(r -> r.error() != null && r.error().contains("is running on node-")).count();
                assertThat(refused).as("the instances did race for sources").isPositive();
                assertThat(reports).filteredOn(r -> r.runId() != 0)
                        .allSatisfy(r -> assertThat(r.status()).as("%s: %s", r.sourceCode(), r.error()).isEqualTo(HarvestStatus.SUCCEEDED));
            }
            assertThat(overlaps.get()).as("pages fetched for one source by both instances at once").isZero();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            Integer overlappingRuns = jdbc.queryForObject("select count(*) from harvest_run x join harvest_run y "
                    + "on x.source_code = y.source_code and x.id < y.id "
                    + "and x.started_at < y.finished_at and y.started_at < x.finished_at", Integer.class);
            assertThat(overlappingRuns).as("runs of one source overlapping in time").isZero();
            for (DemoSource s : network.sources()) {
                assertThat(jdbc.queryForObject("select count(*) from raw_record where source_code = ?", Long.class, s.code()))
                        .as("records of %s", s.code()).isEqualTo(network.groundTruth().count(s.code()));
                assertThat(jdbc.queryForObject("select count(*) from harvest_run where source_code = ? and status = 'SUCCEEDED'",
                        Integer.class, s.code())).as("successful runs of %s", s.code()).isBetween(1, 2 * ROUNDS);
            }
        }
    }

    private HarvestJobs instance(DataSource db, String name, Map<URI, String> codes) {
        Clock clock = Clock.systemUTC();
        JdbcHarvestLog log = new JdbcHarvestLog(db);
        Warehouse warehouse = new Warehouse(db, CatalogueIndex.NONE, clock, List.of());
        Harvester harvester = new Harvester(warehouse, log, new Watched(new JdkHttpOaiClient(HarvestSettings.DEFAULTS), codes), clock);
        return new HarvestJobs(harvester, new JdbcHarvestLeases(db), new JdbcHarvestTimeouts(db),
                new HarvestMetrics(new SimpleMeterRegistry(), log), clock, name, 4, Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    /** Counts page fetches in flight per source across both instances, a little slowed to widen any window. */
    private final class Watched implements OaiClient {
        private final OaiClient delegate;
        private final Map<URI, String> codes;

        Watched(OaiClient delegate, Map<URI, String> codes) {
            this.delegate = delegate;
            this.codes = codes;
        }

        @Override
        public Identify identify(URI baseUrl) {
            return delegate.identify(baseUrl);
        }

        @Override
        public ListRecordsPage listRecords(URI baseUrl, ListRecordsQuery query) {
            AtomicInteger n = fetching.computeIfAbsent(codes.getOrDefault(baseUrl, baseUrl.toString()), k -> new AtomicInteger());
            if (n.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(10);
                return delegate.listRecords(baseUrl, query);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                n.decrementAndGet();
            }
        }
    }
}
