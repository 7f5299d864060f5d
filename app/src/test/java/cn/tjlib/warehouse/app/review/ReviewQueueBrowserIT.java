package cn.tjlib.warehouse.app.review;

import cn.tjlib.warehouse.app.console.ConsoleServiceTest;
import cn.tjlib.warehouse.app.testing.ConsoleBrowser;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.ingest.HarvestPage;
import cn.tjlib.warehouse.ingest.ReviewPair;
import cn.tjlib.warehouse.ingest.ReviewStatus;
import cn.tjlib.warehouse.ingest.Warehouse;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import cn.tjlib.warehouse.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue in headless Chromium: staff log in, find an uncertain pair of two libraries'
 * records side by side, confirm it, and the unified record then holds both libraries' records.
 */
@ConsoleServiceTest
class ReviewQueueBrowserIT {
    @RegisterExtension
    static final ConsoleBrowser chrome = new ConsoleBrowser();

    @LocalServerPort int port;
    @Autowired Warehouse warehouse;
    @Autowired JdbcHarvestLog log;
    @Autowired JdbcSourceRegistry registry;


    @Test
    void staffConfirmAnUncertainPairAndTheUnifiedRecordThenHoldsBoth() throws Exception {
        ReviewPair pair = uncertainPair();

        open("/console/sources");
        chrome.logIn(ConsoleServiceTest.ADMIN, ConsoleServiceTest.ADMIN_PASSWORD);
        chrome.shown("nav-review").click();
        assertThat(chrome.shown("tabs").getText()).contains("待审核");
        assertThat(chrome.driver().findElement(By.tagName("h1")).getText()).contains("查重审核");
        assertThat(chrome.driver().findElement(By.id("tab-pending")).getDomAttribute("class")).contains("active");

        // keyset paging: the page that starts with this pair, however many the demo harvests queued before it
        open("/console/review?after=" + (pair.id() - 1));
        String card = chrome.driver().findElement(By.id("pair-" + pair.id())).getText();
        assertThat(card).contains("和平区图书馆（审核测试）", "河西区图书馆（审核测试）", "海河沿岸老字号商铺调查", "张三（著）", "李四（编）",
                "oai:rv-heping.tjlib.cn:h1", "oai:rv-hexi.tjlib.cn:x1");

        chrome.driver().findElement(By.id("confirm-" + pair.id())).click();

        assertThat(chrome.shown("flash").getText()).contains("已确认", "#" + pair.id());
        ReviewPair decided = warehouse.review(pair.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(decided.decidedBy()).isEqualTo(ConsoleServiceTest.ADMIN);
        assertThat(decided.left().unifiedId()).isNotNull().isEqualTo(decided.right().unifiedId());
        JsonNode record = JsonMapper.builder().build().readTree(get("/api/records/" + decided.left().unifiedId()));
        assertThat(record.get("holdings").findValuesAsString("oaiIdentifier"))
                .containsExactlyInAnyOrder("oai:rv-heping.tjlib.cn:h1", "oai:rv-hexi.tjlib.cn:x1");

        open("/console/review?status=CONFIRMED&after=" + (pair.id() - 1));
        String confirmed = chrome.driver().findElement(By.id("pair-" + pair.id())).getText();
        assertThat(confirmed).contains("已确认 confirmed", ConsoleServiceTest.ADMIN, "已在同一统一记录中");
        assertThat(chrome.driver().findElements(By.id("confirm-" + pair.id()))).as("no second confirmation").isEmpty();
        assertThat(chrome.driver().findElement(By.id("reject-" + pair.id())).getText()).contains("改为拒绝");
    }

    // two district libraries' records of one local study, catalogued by different people: neither clearly the same nor clearly not
    private ReviewPair uncertainPair() {
        ingest("rv-heping", "和平区图书馆（审核测试）", HarvestedRecord.of("oai:rv-heping.tjlib.cn:h1", Instant.parse("2025-03-01T00:00:00Z"),
                List.of("localdoc"), Records.oaiDc("海河沿岸老字号商铺调查", "<dc:creator>张三 著</dc:creator>", "<dc:type>地方文献</dc:type>",
                        "<dc:date>2012</dc:date>", "<dc:language>chi</dc:language>", "<dc:identifier>HP-LD-0001</dc:identifier>")));
        ingest("rv-hexi", "河西区图书馆（审核测试）", HarvestedRecord.of("oai:rv-hexi.tjlib.cn:x1", Instant.parse("2025-03-02T00:00:00Z"),
                List.of("localdoc"), Records.oaiDc("海河沿岸老字号商铺调查", "<dc:creator>李四 编</dc:creator>", "<dc:type>地方文献</dc:type>",
                        "<dc:date>2012</dc:date>", "<dc:language>chi</dc:language>", "<dc:identifier>HX-LD-0417</dc:identifier>")));
        warehouse.unifyPending();
        List<ReviewPair> pending = warehouse.reviews(ReviewStatus.PENDING, 0, 1000);
        return pending.stream().filter(p -> p.left().oaiIdentifier().startsWith("oai:rv-") && p.right().oaiIdentifier().startsWith("oai:rv-"))
                .findFirst().orElseThrow(() -> new AssertionError("no pending pair for the test records; pending: " + pending));
    }

    private void ingest(String code, String name, HarvestedRecord record) {
        registry.save(new Source(code, name, URI.create("http://127.0.0.1:9/" + code + "/oai"), "oai_dc", null, null, false));
        long run = log.start(code, true, null, Instant.now());
        warehouse.ingest(new HarvestPage(run, code, "oai_dc", List.of(record), null));
        log.finish(run, HarvestStatus.SUCCEEDED, null, Instant.now());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private void open(String path) {
        chrome.open(port, path);
    }
}
