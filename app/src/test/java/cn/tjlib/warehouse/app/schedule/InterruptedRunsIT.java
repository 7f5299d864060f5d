package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.client.OaiClient;
import cn.tjlib.warehouse.harvest.protocol.Granularity;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvest.protocol.ResumptionToken;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.schedule.JdbcHarvestLeases;
import cn.tjlib.warehouse.schedule.JdbcHarvestTimeouts;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.Records;
import cn.tjlib.warehouse.testing.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Harvests left RUNNING by a dead process are resumed at start-up, once the claim the dead process held has lapsed. */
class InterruptedRunsIT {
    private final Clock clock = Clock.systemUTC();
    private final List<Instant> listRequests = new CopyOnWriteArrayList<>();
    private DataSource db;
    private JdbcHarvestLog log;
    private JdbcHarvestLeases leases;
    private JdbcSourceRegistry registry;
    private HarvestJobs jobs;
    private InterruptedRuns runs;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2();
        log = new JdbcHarvestLog(db);
        leases = new JdbcHarvestLeases(db);
        registry = new JdbcSourceRegistry(db, clock);
        Harvester harvester = new Harvester(new Warehouse(db, CatalogueIndex.NONE, clock, List.of()), log, new OnePageSource(), clock);
        jobs = new HarvestJobs(harvester, leases, new JdbcHarvestTimeouts(db), new HarvestMetrics(new SimpleMeterRegistry(), log), clock,
                "restarted-node", 2, Duration.ofSeconds(30), Duration.ofMinutes(5));
        runs = new InterruptedRuns(registry, log, leases, jobs, clock);
    }

    @AfterEach
    void tearDown() {
        runs.stop();
        jobs.close();
    }

    @Test
    void aRunInterruptedWhileItsSourceIsStillClaimedIsResumedWhenTheClaimLapses() throws InterruptedException {
        registry.save(Source.of("tjl", "天津图书馆", URI.create("http://127.0.0.1:9/tjl/oai")));
        long interrupted = log.start("tjl", true, null, clock.instant().minusSeconds(60));
        Instant lapses = clock.instant().plusSeconds(2);
        assertThat(leases.tryClaim("tjl", "dead-node", Duration.ofSeconds(2), lapses.minusSeconds(2))).isTrue();

        runs.start();

        HarvestRun run = awaitFinished(interrupted);
        assertThat(run.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(run.counts().created()).isEqualTo(2);
        assertThat(listRequests).as("not asked before the dead node's claim lapsed").isNotEmpty()
                .allSatisfy(t -> assertThat(t).isAfterOrEqualTo(lapses));
        assertThat(log.recent("tjl", 10)).as("the interrupted run continued, no new one").hasSize(1);
    }

    @Test
    void finishedRunsAndDisabledSourcesAreLeftAlone() throws InterruptedException {
        registry.save(Source.of("tjl", "天津图书馆", URI.create("http://127.0.0.1:9/tjl/oai")));
        long done = log.start("tjl", true, null, clock.instant().minusSeconds(60));
        log.finish(done, HarvestStatus.SUCCEEDED, null, clock.instant());
        registry.save(new Source("hexi", "河西区图书馆", URI.create("http://127.0.0.1:9/hexi/oai"), "oai_dc", null, null, false));
        long off = log.start("hexi", true, null, clock.instant().minusSeconds(60));

        runs.resume();
        Thread.sleep(500);

        assertThat(listRequests).isEmpty();
        assertThat(log.find(off).orElseThrow().status()).as("stays interrupted until staff enable or run it").isEqualTo(HarvestStatus.RUNNING);
        assertThat(log.recent("tjl", 10)).hasSize(1);
    }

    private HarvestRun awaitFinished(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            HarvestRun run = log.find(runId).orElseThrow();
            if (run.status() != HarvestStatus.RUNNING) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " was not resumed");
    }

    /** A repository with two records on one page, noting when it was asked for them. */
    private final class OnePageSource implements OaiClient {
        @Override
        public Identify identify(URI baseUrl) {
            return new Identify("测试", "2.0", null, "persistent", Granularity.SECONDS);
        }

        @Override
        public ListRecordsPage listRecords(URI baseUrl, ListRecordsQuery query) {
            listRequests.add(Instant.now());
            Instant t = Instant.parse("2025-01-01T00:00:00Z");
            return new ListRecordsPage(List.of(Records.book("tjl", "b1", "天津近代经济史", t), Records.book("tjl", "b2", "海河文化概论", t)),
                    ResumptionToken.NONE, List.of());
        }
    }
}
