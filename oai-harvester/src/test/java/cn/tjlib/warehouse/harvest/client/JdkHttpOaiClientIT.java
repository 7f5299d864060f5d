package cn.tjlib.warehouse.harvest.client;

import cn.tjlib.warehouse.harvest.OaiXml;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvest.protocol.ListSetsPage;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkHttpOaiClientIT {
    private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
    private static final ListRecordsQuery FIRST = ListRecordsQuery.first("oai_dc", null, null);
    private static WireMockServer server;

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final HarvestSettings settings = new HarvestSettings(Duration.ofSeconds(2), Duration.ofMillis(800), 2,
            Duration.ofMillis(10), Duration.ofSeconds(20), 50_000, "tjlib-test/1.0");
    private JdkHttpOaiClient client;
    private URI base;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        base = URI.create(server.baseUrl() + "/oai");
        // waits are recorded, not slept, so Retry-After and back-off can be checked without slowing the suite
        client = new JdkHttpOaiClient(settings, waits::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void readsAListRecordsPageAndIdentifiesItself() {
        stub(listRecords(), ok(OaiXml.listRecords("t2", 4L, OaiXml.records(1, 2))));

        ListRecordsPage page = client.listRecords(base, FIRST);

        assertThat(page.records()).hasSize(2);
        assertThat(page.nextToken()).isEqualTo("t2");
        server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("oai_dc"))
                .withHeader("User-Agent", equalTo("tjlib-test/1.0")).withHeader("Accept-Encoding", equalTo("gzip, deflate")));
    }

    @Test
    void decodesAGzipResponse() throws IOException {
        byte[] gzipped = ContentDecodingTest.gzip(OaiXml.listRecords(null, null, OaiXml.records(1, 3)).getBytes(StandardCharsets.UTF_8));
        stub(listRecords(), aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withHeader("Content-Encoding", "gzip").withBody(gzipped));

        assertThat(client.listRecords(base, FIRST).records()).hasSize(3);
    }

    @Test
    void followsARedirect() {
        server.stubFor(get(urlPathEqualTo("/old-oai")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", server.baseUrl() + "/oai?verb=Identify")));
        stub(get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("Identify")), ok(OaiXml.identify("YYYY-MM-DD")));

        assertThat(client.identify(URI.create(server.baseUrl() + "/old-oai")).repositoryName()).isEqualTo("天津测试图书馆");
    }

    @Test
    void waitsAsLongAs503RetryAfterSecondsAsks() {
        failOnceThenSucceed(aResponse().withStatus(503).withHeader("Retry-After", "7"));

        assertThat(client.listRecords(base, FIRST).records()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void waitsUntilThe503RetryAfterDate() {
        failOnceThenSucceed(aResponse().withStatus(503).withHeader("Retry-After", "Wed, 01 May 2024 08:00:12 GMT"));

        assertThat(client.listRecords(base, FIRST).records()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void capsRetryAfterAtMaxBackoff() {
        failOnceThenSucceed(aResponse().withStatus(503).withHeader("Retry-After", "86400"));

        client.listRecords(base, FIRST);

        assertThat(waits).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void recoversFromAResetConnection() {
        failOnceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        // the JDK client may itself retry an idempotent GET once; either way the page arrives
        assertThat(client.listRecords(base, FIRST).records()).hasSize(1);
    }

    @Test
    void givesUpOnRepeatedServerErrorsWithBackoff() {
        stub(listRecords(), aResponse().withStatus(500).withBody("boom"));

        assertThatThrownBy(() -> client.listRecords(base, FIRST))
                .isInstanceOfSatisfying(HttpStatusFailure.class, e -> assertThat(e.status()).isEqualTo(500))
                .hasMessageStartingWith("HTTP 500 from " + base).hasMessageEndingWith("(3 attempts)");
        server.verify(3, getRequestedFor(urlPathEqualTo("/oai")));
        assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isBetween(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    @Test
    void doesNotRetryAClientError() {
        stub(listRecords(), aResponse().withStatus(404));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(HttpStatusFailure.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("(1 attempt)");
        assertThat(waits).isEmpty();
    }

    @Test
    void reportsAnHtmlPageInsteadOfXml() {
        stub(listRecords(), aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html><head><title>系统维护中</title></head><body>请稍后</body></html>"));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(NotXmlFailure.class)
                .hasMessageContaining("got an HTML page").hasMessageContaining("title '系统维护中'")
                .hasMessageContaining(server.baseUrl() + "/oai?verb=ListRecords");
    }

    @Test
    void reportsATruncatedBody() {
        String whole = OaiXml.listRecords("t", null, OaiXml.records(1, 4));
        stub(listRecords(), ok(whole.substring(0, whole.length() - 200)));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(MalformedResponseFailure.class)
                .hasMessageContaining("truncated response");
    }

    @Test
    void reportsAnOaiErrorWithItsCode() {
        stub(listRecords(), ok(OaiXml.error("badArgument", "Illegal argument: from=yesterday")));

        assertThatThrownBy(() -> client.listRecords(base, FIRST))
                .isInstanceOfSatisfying(OaiErrorFailure.class, e -> assertThat(e.code()).isEqualTo("badArgument"))
                .hasMessageContaining("OAI-PMH error badArgument (Illegal argument: from=yesterday) from " + base);
    }

    @Test
    void refusesADoctype() {
        stub(listRecords(), ok("<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<OAI-PMH><ListRecords>&xxe;</ListRecords></OAI-PMH>"));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(MalformedResponseFailure.class)
                .hasMessageContaining("DOCTYPE declarations are refused");
    }

    @Test
    void abortsABodyWhoseContentLengthIsTooLarge() {
        stub(listRecords(), ok(OaiXml.listRecords(null, null, OaiXml.records(1, 400))));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(ResponseTooLargeFailure.class)
                .hasMessageContaining("exceeds the limit of 50000 bytes").hasMessageContaining("download aborted");
        server.verify(1, getRequestedFor(urlPathEqualTo("/oai")));
    }

    @Test
    void abortsAStreamedBodyOnceItPassesTheLimit() {
        stub(listRecords(), ok(OaiXml.listRecords(null, null, OaiXml.records(1, 400))).withChunkedDribbleDelay(20, 100));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(ResponseTooLargeFailure.class);
    }

    @Test
    void timesOutASlowServer() {
        stub(listRecords(), ok(OaiXml.listRecords(null, null)).withFixedDelay(1500));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(TimeoutFailure.class)
                .hasMessageContaining("timed out requesting " + base).hasMessageContaining("(3 attempts)");
    }

    @Test
    void timesOutABodyThatStalls() {
        stub(listRecords(), ok(OaiXml.listRecords(null, null, OaiXml.records(1, 5))).withChunkedDribbleDelay(4, 3000));

        assertThatThrownBy(() -> client.listRecords(base, FIRST)).isInstanceOf(TimeoutFailure.class);
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> client.identify(URI.create("http://127.0.0.1:" + closedPort + "/oai")))
                .isInstanceOf(ConnectionFailure.class).hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort)
                .hasMessageContaining("ConnectException");
    }

    @Test
    void readsGbkBytesThatClaimToBeUtf8() {
        byte[] body = OaiXml.listRecords(null, null, OaiXml.record("oai:x:1", "2024-01-01", "天津地方志"))
                .getBytes(Charset.forName("GB18030"));
        stub(listRecords(), aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body));

        assertThat(client.listRecords(base, FIRST).records().get(0).metadataXml()).contains("天津地方志");
    }

    @Test
    void readsTheFormatsARepositoryOffers() {
        stub(verb("ListMetadataFormats"), ok(OaiXml.listMetadataFormats("oai_dc", "qdc")));

        assertThat(client.listMetadataFormats(base)).extracting(MetadataFormat::prefix).containsExactly("oai_dc", "qdc");
    }

    @Test
    void readsSetsPageByPageWithTheResumptionToken() {
        stub(verb("ListSets").withQueryParam("resumptionToken", absent()), ok(OaiXml.listSets("s2", "book", "图书")));
        stub(verb("ListSets").withQueryParam("resumptionToken", equalTo("s2")), ok(OaiXml.listSets("", "video", "视频")));

        ListSetsPage first = client.listSets(base, null);
        ListSetsPage second = client.listSets(base, first.nextToken());

        assertThat(first.sets()).containsExactly(new OaiSet("book", "图书"));
        assertThat(second.sets()).containsExactly(new OaiSet("video", "视频"));
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void aRepositoryWithoutSetsAnswersWithNoSets() {
        stub(verb("ListSets"), ok(OaiXml.error("noSetHierarchy", "no sets here")));

        assertThat(client.listSets(base, null).sets()).isEmpty();
    }

    private void failOnceThenSucceed(ResponseDefinitionBuilder failure) {
        server.stubFor(listRecords().inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(failure)
                .willSetStateTo("recovered"));
        server.stubFor(listRecords().inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(ok(OaiXml.listRecords(null, null, OaiXml.records(1, 1)))));
    }

    private static MappingBuilder verb(String verb) {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo(verb));
    }

    private static MappingBuilder listRecords() {
        return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"));
    }

    private static void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        server.stubFor(request.willReturn(response));
    }

    private static ResponseDefinitionBuilder ok(String xml) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(xml);
    }
}
