package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.fixtures.DemoNetwork;
import org.junit.jupiter.api.Test;
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

/** The JSON admin API: add a source with validation, test its connection, run it, follow it to the end, and see it in the metrics. */
@ConsoleServiceTest
class AdminApiIT {
    @LocalServerPort int port;
    @Autowired DemoNetwork network;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anInvalidSourceIsRefusedWithTheFieldsThatAreWrong() throws Exception {
        HttpResponse<String> r = send("POST", "/api/admin/sources", """
                {"code": "X", "name": "", "baseUrl": "ftp://example.cn/oai", "metadataPrefix": "oai dc", "schedule": "daily"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = json(r.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("code", "name", "baseUrl", "metadataPrefix", "schedule");
    }

    @Test
    void aSourceIsAddedRunAndFollowedToItsResult() throws Exception {
        String url = network.source("ninghe").baseUrl();
        HttpResponse<String> added = send("POST", "/api/admin/sources", """
                {"code": "api-ninghe", "name": "宁河区图书馆（API）", "baseUrl": "%s", "timeoutMinutes": 30}""".formatted(url));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added.body()).get("status").asString()).isEqualTo("idle");
        assertThat(send("POST", "/api/admin/sources", """
                {"code": "api-ninghe", "name": "again", "baseUrl": "%s"}""".formatted(url)).statusCode()).isEqualTo(400);

        JsonNode identify = json(send("POST", "/api/admin/identify?baseUrl=" + URLEncoder.encode(url, StandardCharsets.UTF_8), null).body());
        assertThat(identify.get("ok").asBoolean()).isTrue();
        assertThat(identify.get("protocolVersion").asString()).isEqualTo("2.0");

        assertThat(send("POST", "/api/admin/sources/api-ninghe/run?full=true", null).statusCode()).isEqualTo(202);
        JsonNode done = awaitFinished("api-ninghe");
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("records").asLong()).isEqualTo(network.groundTruth().count("ninghe"));
        assertThat(send("POST", "/api/admin/sources/api-ninghe/cancel", null).statusCode()).isEqualTo(404);

        JsonNode detail = json(send("GET", "/api/admin/sources/api-ninghe", null).body());
        assertThat(detail.get("runs").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(detail.get("source").get("timeout").isNull()).isFalse();

        String metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("warehouse_harvest_records_total{outcome=\"new\",source=\"api-ninghe\"}")
                .contains("warehouse_harvest_duration_seconds_count{source=\"api-ninghe\",status=\"SUCCEEDED\"} 1")
                .contains("warehouse_harvest_last_success_time_seconds{source=\"api-ninghe\"}");
    }

    @Test
    void runningAnUnknownSourceIsA404() throws Exception {
        assertThat(send("POST", "/api/admin/sources/nosuch/run", null).statusCode()).isEqualTo(404);
    }

    private JsonNode awaitFinished(String code) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = send("GET", "/api/admin/sources/" + code + "/progress", null);
            if (r.statusCode() == 200) {
                JsonNode p = json(r.body());
                if ("FINISHED".equals(p.get("state").asString())) {
                    return p;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the harvest of " + code + " did not finish in time");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((ConsoleServiceTest.ADMIN + ":" + ConsoleServiceTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
