package cn.tjlib.warehouse.app.declared;

import cn.tjlib.warehouse.app.console.ConsoleServiceTest;
import cn.tjlib.warehouse.app.testing.ConsoleBrowser;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a source declares (ListMetadataFormats, ListSets) is read by "test connection" and by a harvest,
 * kept, shown on the console's source page and returned by the admin API.
 */
@ConsoleServiceTest
class SourceDeclarationsIT {
    private static final String[] DEMO_SETS = {"book", "journal", "localdoc", "govinfo", "video"};
    @RegisterExtension
    static final ConsoleBrowser chrome = new ConsoleBrowser();

    @LocalServerPort int port;
    @Autowired DemoNetwork network;

    private final HttpClient http = HttpClient.newHttpClient();


    @Test
    void testingTheConnectionAnswersWithTheFormatsAndSets() throws Exception {
        String url = network.source("jinnan").baseUrl();

        JsonNode answer = json(admin("POST", "/api/admin/identify?baseUrl=" + URLEncoder.encode(url, StandardCharsets.UTF_8), null));

        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(answer.get("formats").findValuesAsString("prefix")).containsExactly("oai_dc");
        assertThat(answer.get("sets").findValuesAsString("spec")).containsExactly(DEMO_SETS);
        assertThat(answer.get("declarationError").isNull()).isTrue();
    }

    @Test
    void aHarvestKeepsWhatTheSourceDeclaresForTheAdminApi() throws Exception {
        String url = network.source("beichen").baseUrl();
        admin("POST", "/api/admin/sources", """
                {"code": "decl-beichen", "name": "北辰区图书馆（声明）", "baseUrl": "%s", "enabled": false}""".formatted(url));
        assertThat(json(admin("GET", "/api/admin/sources/decl-beichen", null)).get("declared").isNull())
                .as("nothing read before the first harvest").isTrue();

        admin("POST", "/api/admin/sources/decl-beichen/run", null);
        awaitFinished("decl-beichen");

        JsonNode declared = json(admin("GET", "/api/admin/sources/decl-beichen", null)).get("declared");
        assertThat(declared.get("baseUrl").asString()).isEqualTo(url);
        assertThat(declared.get("identify").get("protocolVersion").asString()).isEqualTo("2.0");
        assertThat(declared.get("formats").get(0).get("prefix").asString()).isEqualTo("oai_dc");
        assertThat(declared.get("formats").get(0).get("namespace").asString()).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
        assertThat(declared.get("sets").findValuesAsString("spec")).containsExactly(DEMO_SETS);
        assertThat(declared.get("readAt").isNull()).isFalse();
    }

    @Test
    void staffTestAnEditedSourcesConnectionAndSeeItsFormatsAndSetsOnItsPage() throws Exception {
        admin("POST", "/api/admin/sources", """
                {"code": "decl-jinghai", "name": "静海区图书馆（声明）", "baseUrl": "%s", "enabled": false, "setSpec": "video"}"""
                .formatted(network.source("jinghai").baseUrl()));
        open("/console/sources/decl-jinghai");
        chrome.logIn(ConsoleServiceTest.ADMIN, ConsoleServiceTest.ADMIN_PASSWORD);
        assertThat(chrome.shown("declared-none").getText()).contains("尚未读取");

        open("/console/sources/decl-jinghai/edit");
        chrome.driver().findElement(By.id("test-connection")).click();
        assertThat(chrome.shown("identify-formats").getText()).contains("oai_dc");
        assertThat(chrome.driver().findElement(By.id("identify-sets")).getText()).contains("5 个 sets", "book", "video");

        open("/console/sources/decl-jinghai");
        assertThat(chrome.driver().findElement(By.id("formats")).getText()).contains("oai_dc", "✓ 采集中 harvested");
        String sets = chrome.driver().findElement(By.id("sets")).getText();
        assertThat(sets).contains(DEMO_SETS);
        assertThat(chrome.driver().findElement(By.cssSelector("#sets tr.current")).getText()).contains("video", "✓");
        assertThat(chrome.driver().findElements(By.id("prefix-not-offered"))).isEmpty();
    }

    private void awaitFinished(String code) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            String p = admin("GET", "/api/admin/sources/" + code + "/progress", null);
            if (p != null && "FINISHED".equals(json(p).get("state").asString())) {
                assertThat(json(p).get("status").asString()).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the harvest of " + code + " did not finish in time");
    }

    // the body of a 2xx answer, else null
    private String admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((ConsoleServiceTest.ADMIN + ":" + ConsoleServiceTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() / 100 == 2 ? r.body() : null;
    }

    private void open(String path) {
        chrome.open(port, path);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
