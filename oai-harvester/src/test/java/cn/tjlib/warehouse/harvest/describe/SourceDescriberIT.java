package cn.tjlib.warehouse.harvest.describe;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvest.HarvestRequest;
import cn.tjlib.warehouse.harvest.Harvester;
import cn.tjlib.warehouse.harvest.OaiXml;
import cn.tjlib.warehouse.harvest.OaiStubs;
import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.HttpStatusFailure;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.protocol.Granularity;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.TestDatabases;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static cn.tjlib.warehouse.harvest.OaiStubs.verb;
import static cn.tjlib.warehouse.harvest.OaiStubs.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceDescriberIT {
    private static final Instant NOW = Instant.parse("2024-05-03T00:20:31Z");
    @RegisterExtension
    static final WireMockExtension server = OaiStubs.server();

    private final HarvestSettings fast = new HarvestSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
            Duration.ofMillis(5), Duration.ofMillis(20), 1_000_000, "tjlib-test/1.0");
    private DataSource db;
    private JdbcSourceDescriptions store;
    private JdkHttpOaiClient client;
    private SourceDescriber describer;
    private Source source;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2();
        store = new JdbcSourceDescriptions(db);
        client = new JdkHttpOaiClient(fast);
        describer = new SourceDescriber(client, store, Clock.fixed(NOW, ZoneOffset.UTC));
        source = new Source("tjl", "天津图书馆", URI.create(server.baseUrl() + "/tjl/oai"), "oai_dc", null, null, true);
        new JdbcSourceRegistry(db, Clock.systemUTC()).save(source);
        stub(verb("Identify"), OaiXml.identify("YYYY-MM-DDThh:mm:ssZ"));
        stub(verb("ListMetadataFormats"), OaiXml.listMetadataFormats("oai_dc", "marcxml"));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void storesIdentifyFormatsAndEverySetFollowingResumptionTokens() {
        stub(verb("ListSets").withQueryParam("resumptionToken", absent()), OaiXml.listSets("s2", "book", "图书", "journal", "期刊"));
        stub(verb("ListSets").withQueryParam("resumptionToken", equalTo("s2")), OaiXml.listSets("", "book:local", "地方文献"));

        describer.describeAndStore("tjl", source.baseUrl());

        SourceDescription d = store.find("tjl").orElseThrow();
        assertThat(d.baseUrl()).isEqualTo(source.baseUrl());
        assertThat(d.identify().repositoryName()).isEqualTo("天津测试图书馆");
        assertThat(d.identify().granularity()).isEqualTo(Granularity.SECONDS);
        assertThat(d.identify().earliestDatestamp()).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
        assertThat(d.identify().deletedRecord()).isEqualTo("persistent");
        assertThat(d.formats()).extracting(MetadataFormat::prefix).containsExactly("oai_dc", "marcxml");
        assertThat(d.formats().get(1).schema()).isEqualTo("http://schemas.example.cn/marcxml.xsd");
        assertThat(d.sets()).containsExactly(new OaiSet("book", "图书"), new OaiSet("journal", "期刊"),
                new OaiSet("book:local", "地方文献"));
        assertThat(d.setsTruncated()).isFalse();
        assertThat(d.readAt()).isEqualTo(NOW);
        assertThat(d.error()).isNull();
        assertThat(d.offers("marcxml")).isTrue();
    }

    @Test
    void aRepositoryWithoutSetsIsStoredWithNoSetsAndNoError() {
        stub(verb("ListSets"), OaiXml.error("noSetHierarchy", "sets are not supported"));

        describer.describeAndStore("tjl", source.baseUrl());

        SourceDescription d = store.find("tjl").orElseThrow();
        assertThat(d.sets()).isEmpty();
        assertThat(d.error()).isNull();
        assertThat(d.formats()).hasSize(2);
    }

    @Test
    void aBrokenListSetsIsNotedAndTheFormatsAreStillKept() {
        server.stubFor(verb("ListSets").willReturn(aResponse().withStatus(500)));

        SourceDescription d = describer.describeAndStore("tjl", source.baseUrl());

        assertThat(d.error()).startsWith("ListSets: ").contains("500");
        assertThat(store.find("tjl").orElseThrow().formats()).extracting(MetadataFormat::prefix).containsExactly("oai_dc", "marcxml");
    }

    @Test
    void aFailingIdentifyFailsTheDescriptionAndStoresNothing() {
        server.stubFor(verb("Identify").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> describer.describeAndStore("tjl", source.baseUrl())).isInstanceOf(HttpStatusFailure.class);
        assertThat(store.find("tjl")).isEmpty();
    }

    @Test
    void aNewerDescriptionReplacesTheOlderOne() {
        stub(verb("ListSets"), OaiXml.listSets(null, "book", "图书", "video", "视频"));
        describer.describeAndStore("tjl", source.baseUrl());
        stub(verb("ListSets"), OaiXml.listSets(null, "video", "视频"));
        stub(verb("ListMetadataFormats"), OaiXml.listMetadataFormats("oai_dc"));

        describer.describeAndStore("tjl", source.baseUrl());

        SourceDescription d = store.find("tjl").orElseThrow();
        assertThat(d.sets()).containsExactly(new OaiSet("video", "视频"));
        assertThat(d.formats()).extracting(MetadataFormat::prefix).containsExactly("oai_dc");
    }

    @Test
    void concurrentDescriptionsOfOneSourceDoNotCollide() throws Exception {
        stub(verb("ListSets"), OaiXml.listSets(null, "book", "图书", "video", "视频"));
        List<java.util.concurrent.Callable<SourceDescription>> tasks = java.util.Collections.nCopies(6,
                () -> describer.describeAndStore("tjl", source.baseUrl()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6, r -> new Thread(r, "describe-test"));
        try {
            for (java.util.concurrent.Future<SourceDescription> f : pool.invokeAll(tasks)) {
                assertThat(f.get().sets()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.find("tjl").orElseThrow().sets()).containsExactly(new OaiSet("book", "图书"), new OaiSet("video", "视频"));
    }

    @Test
    void aHarvestRecordsWhatTheSourceDeclaresAndABrokenListSetsDoesNotFailIt() {
        server.stubFor(verb("ListSets").willReturn(aResponse().withStatus(503)));
        stub(verb("ListRecords"), OaiXml.listRecords(null, null, OaiXml.records(1, 2)));
        Harvester harvester = new Harvester(new Warehouse(db, CatalogueIndex.NONE, Clock.systemUTC(), List.of()),
                new JdbcHarvestLog(db), client, Clock.fixed(NOW, ZoneOffset.UTC), describer);

        HarvestReport report = harvester.harvest(source, HarvestRequest.fullHarvest());

        assertThat(report.status()).isEqualTo(HarvestStatus.SUCCEEDED);
        assertThat(report.counts().created()).isEqualTo(2);
        SourceDescription d = store.find("tjl").orElseThrow();
        assertThat(d.formats()).extracting(MetadataFormat::prefix).contains("oai_dc");
        assertThat(d.error()).contains("ListSets").contains("503");

        harvester.harvest(source, HarvestRequest.fullHarvest());
        server.verify(1, getRequestedFor(urlPathEqualTo("/tjl/oai")).withQueryParam("verb", equalTo("ListMetadataFormats")));
    }

    private static void stub(MappingBuilder request, String xml) {
        server.stubFor(request.willReturn(xml(xml)));
    }
}
