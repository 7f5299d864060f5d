package cn.tjlib.warehouse.harvest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.protocol.OaiResponseParser;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.HarvestRun;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static cn.tjlib.warehouse.harvest.OaiStubs.verb;
import static cn.tjlib.warehouse.harvest.OaiStubs.xml;
import static org.assertj.core.api.Assertions.assertThat;

class HarvesterIT {
    private static final Instant NOW = Instant.parse("2024-05-03T00:20:31Z");
    @RegisterExtension
    static final WireMockExtension server = OaiStubs.server();

    private final HarvestSettings fast = new HarvestSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
            Duration.ofMillis(5), Duration.ofMillis(20), 1_000_000, "tjlib-test/1.0");
    private DataSource db;
    private JdbcTemplate sql;
    private JdbcHarvestLog log;
    private Warehouse warehouse;
    private JdkHttpOaiClient client;
    private Harvester harvester;
    private Source source;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2();
        sql = new JdbcTemplate(db);
        log = new JdbcHarvestLog(db);
        warehouse = new Warehouse(db, CatalogueIndex.NONE, Clock.systemUTC(), List.of("nlc", "tjl"));
        client = new JdkHttpOaiClient(fast);
        harvester = new Harvester(warehouse, log, client, Clock.fixed(NOW, ZoneOffset.UTC));
        source = new Source("tjl", "天津图书馆", URI.create(server.baseUrl() + "/tjl/oai"), "oai_dc", "books", null, true);
        new JdbcSourceRegistry(db, Clock.systemUTC()).save(source);
        stub(verb("Identify"), OaiXml.identify("YYYY-MM-DD"));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void harvestsEveryPageByFollowingResumptionTokens() {
        serveThreePages();
        List<HarvestProgress> progress = new CopyOnWriteArrayList<>();

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental().withListener(new HarvestListener() {
            @Override
            public void pageHarvested(HarvestProgress p) {
                progress.add(p);
            }
        }));

        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.error()).isNull();
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.counts()).isEqualTo(new HarvestCounts(8, 0, 0, 0, 0));
        assertThat(new JdbcRawRecordStore(db).count("tjl")).isEqualTo(8);
        assertThat(progress).extracting(HarvestProgress::recordsSoFar).containsExactly(3, 6, 8);
        assertThat(progress).allSatisfy(p -> assertThat(p.completeListSize()).hasValue(8));
        HarvestRun run = log.find(report.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(run.pages()).isEqualTo(3);
        assertThat(run.counts().total()).isEqualTo(8);
        assertThat(run.resumptionToken()).isNull();
        server.verify(getRequestedFor(urlPathEqualTo("/tjl/oai")).withQueryParam("set", equalTo("books"))
                .withQueryParam("from", absent()));
    }

    @Test
    void reharvestingUnchangedPagesWritesNoNewVersions() {
        serveThreePages();
        harvester.harvest(source, HarvestRequest.fullHarvest());

        HarvestReport again = harvester.harvest(source, HarvestRequest.fullHarvest());

        assertThat(again.counts()).isEqualTo(new HarvestCounts(0, 0, 8, 0, 0));
        JdbcRawRecordStore raw = new JdbcRawRecordStore(db);
        assertThat(raw.count("tjl")).isEqualTo(8);
        assertThat(raw.versionCount("tjl")).isZero();
    }

    @Test
    void incrementalHarvestAsksFromTheLastSuccessfulStartLessOneDay() {
        serveThreePages();
        harvester.harvest(source, HarvestRequest.fullHarvest());

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(log.find(report.runId()).orElseThrow().fromDate()).isEqualTo("2024-05-02");
        server.verify(getRequestedFor(urlPathEqualTo("/tjl/oai")).withQueryParam("from", equalTo("2024-05-02")));
    }

    @Test
    void propagatesDeletedRecords() {
        stub(firstPage(), OaiXml.listRecords(null, null, OaiXml.records(1, 2)));
        harvester.harvest(source, HarvestRequest.incremental());
        stub(firstPage(), OaiXml.listRecords(null, null, OaiXml.records(1, 1)[0], OaiXml.deleted("oai:test:2", "2024-05-02")));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.counts()).isEqualTo(new HarvestCounts(0, 0, 1, 1, 0));
        assertThat(sql.queryForObject("select deleted from raw_record where oai_identifier = 'oai:test:2'", Boolean.class)).isTrue();
    }

    @Test
    void noRecordsMatchIsASuccessfulEmptyHarvest() {
        stub(firstPage(), OaiXml.error("noRecordsMatch", "nothing changed"));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.counts()).isEqualTo(HarvestCounts.ZERO);
        assertThat(new JdbcRawRecordStore(db).count("tjl")).isZero();
    }

    @Test
    void anXxePayloadFailsTheRunAndNothingFromTheFileIsStored() {
        stub(firstPage(), "<?xml version=\"1.0\"?>\n<!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + OaiXml.listRecords(null, null, OaiXml.record("oai:x:1", "2024-01-01", "&xxe;"))
                .substring(OaiXml.PROLOG.length()));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(report.error()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(log.find(report.runId()).orElseThrow().error()).isEqualTo(report.error());
        assertThat(sql.queryForObject("select count(*) from raw_record", Integer.class)).isZero();
        assertThat(sql.queryForList("select error from harvest_run", String.class)).noneMatch(e -> e.contains("root:"));
    }

    @Test
    void aRecordWithAForbiddenCharacterIsRejectedWithItsReasonAndTheOthersStored() {
        stub(firstPage(), OaiXml.listRecords(null, null, OaiXml.record("oai:test:1", "2024-01-01", "好书"),
                OaiXml.record("oai:test:2", "2024-01-01", "坏\u0001书"), OaiXml.record("oai:test:3", "2024-01-01", "新书")));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.counts()).isEqualTo(new HarvestCounts(2, 0, 0, 0, 1));
        assertThat(sql.queryForMap("select status, status_reason from raw_record where oai_identifier = 'oai:test:2'"))
                .containsEntry("status", "REJECTED")
                .containsEntry("status_reason", "title contains character U+0001 forbidden in XML; record rejected");
        assertThat(sql.queryForList("select status from raw_record where oai_identifier <> 'oai:test:2'", String.class))
                .containsOnly("ACCEPTED");
    }

    @Test
    void repeatedServerErrorsFailTheRunWithTheErrorRecorded() {
        server.stubFor(firstPage().willReturn(aResponse().withStatus(500)));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(report.error()).startsWith("ListRecords page 1: HTTP 500 from " + server.baseUrl() + "/tjl/oai?verb=ListRecords")
                .endsWith("(3 attempts)");
        HarvestRun run = log.find(report.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(run.error()).isEqualTo(report.error());
        assertThat(run.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void aFailedIdentifyIsRecordedAsAFailedRun() {
        server.stubFor(verb("Identify").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>Login</title></head></html>")));

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(report.error()).startsWith("Identify: expected OAI-PMH XML").contains("title 'Login'");
        assertThat(log.find(report.runId()).orElseThrow().status()).isEqualTo(HarvestStatus.FAILED);
        server.verify(0, getRequestedFor(urlPathEqualTo("/tjl/oai")).withQueryParam("verb", equalTo("ListRecords")));
    }

    @Test
    void resumesAnInterruptedRunFromItsCheckpoint() {
        serveThreePages();
        long interrupted = crashedRunAfterFirstPage("t2");

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.runId()).isEqualTo(interrupted);
        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.counts().total()).isEqualTo(8);
        assertThat(new JdbcRawRecordStore(db).count("tjl")).isEqualTo(8);
        server.verify(0, getRequestedFor(urlPathEqualTo("/tjl/oai")).withQueryParam("metadataPrefix", equalTo("oai_dc")));
    }

    @Test
    void restartsTheListWhenTheCheckpointTokenIsRefused() {
        serveThreePages();
        stub(verb("ListRecords").withQueryParam("resumptionToken", equalTo("expired")),
                OaiXml.error("badResumptionToken", "token expired"));
        long interrupted = crashedRunAfterFirstPage("expired");

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(report.runId()).isEqualTo(interrupted);
        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.pages()).isEqualTo(4);
        assertThat(new JdbcRawRecordStore(db).count("tjl")).isEqualTo(8);
        assertThat(new JdbcRawRecordStore(db).versionCount("tjl")).isZero();
    }

    @Test
    void cancellingStopsAtThePageBoundary() {
        serveThreePages();
        AtomicBoolean cancel = new AtomicBoolean();

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental().cancelledWhen(cancel::get)
                .withListener(new HarvestListener() {
                    @Override
                    public void pageHarvested(HarvestProgress p) {
                        cancel.set(true);
                    }
                }));

        assertThat(report.status()).isEqualTo(HarvestStatus.CANCELLED);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(log.find(report.runId()).orElseThrow().status()).isEqualTo(HarvestStatus.CANCELLED);
        assertThat(new JdbcRawRecordStore(db).count("tjl")).isEqualTo(3);
    }

    @Test
    void aFailingListenerDoesNotFailTheHarvest() {
        serveThreePages();

        HarvestReport report = harvester.harvest(source, HarvestRequest.incremental().withListener(new HarvestListener() {
            @Override
            public void pageHarvested(HarvestProgress p) {
                throw new IllegalStateException("console went away");
            }
        }));

        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
    }

    @Test
    void aFailingSourceDoesNotStopTheNext() {
        Source broken = new Source("broken", "断线图书馆", URI.create(server.baseUrl() + "/broken/oai"), "oai_dc", null, null, true);
        new JdbcSourceRegistry(db, Clock.systemUTC()).save(broken);
        server.stubFor(get(urlPathEqualTo("/broken/oai")).willReturn(aResponse().withStatus(502)));
        serveThreePages();

        HarvestReport failed = harvester.harvest(broken, HarvestRequest.incremental());
        HarvestReport next = harvester.harvest(source, HarvestRequest.incremental());

        assertThat(failed.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(failed.error()).startsWith("Identify: HTTP 502");
        assertThat(next.status()).isEqualTo(HarvestStatus.SUCCEEDED);
    }

    @Test
    void aSourceIsHarvestedOnlyOnceAtATime() {
        serveThreePages();
        List<HarvestReport> nested = new CopyOnWriteArrayList<>();

        HarvestReport outer = harvester.harvest(source, HarvestRequest.incremental().withListener(new HarvestListener() {
            @Override
            public void pageHarvested(HarvestProgress p) {
                nested.add(harvester.harvest(source, HarvestRequest.incremental()));
            }
        }));

        assertThat(outer.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(nested).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(HarvestStatus.FAILED);
            assertThat(r.error()).isEqualTo("a harvest of tjl is already running");
        });
        assertThat(log.recent("tjl", 10)).hasSize(1);
    }

    private void serveThreePages() {
        stub(firstPage(), OaiXml.listRecords("t2", 8L, OaiXml.records(1, 3)));
        stub(verb("ListRecords").withQueryParam("resumptionToken", equalTo("t2")), OaiXml.listRecords("t3", 8L, OaiXml.records(4, 6)));
        stub(verb("ListRecords").withQueryParam("resumptionToken", equalTo("t3")), OaiXml.listRecords("", 8L, OaiXml.records(7, 8)));
    }

    // what the service leaves behind when killed after storing page 1: a RUNNING run whose checkpoint holds the next token
    private long crashedRunAfterFirstPage(String token) {
        long runId = log.start("tjl", true, null, NOW.minusSeconds(600));
        List<HarvestedRecord> page = new OaiResponseParser()
                .listRecords(OaiXml.listRecords(token, 8L, OaiXml.records(1, 3))).records();
        warehouse.ingest(new HarvestPage(runId, "tjl", "oai_dc", page, token));
        return runId;
    }

    private static MappingBuilder firstPage() {
        return verb("ListRecords").withQueryParam("metadataPrefix", equalTo("oai_dc"));
    }

    private static void stub(MappingBuilder request, String xml) {
        server.stubFor(request.willReturn(xml(xml)));
    }
}
