package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import cn.tjlib.warehouse.oai.testing.LoopbackOaiServer;
import cn.tjlib.warehouse.oai.testing.OaiXsd;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP on loopback: list requests beyond the limit are refused with 503 + Retry-After, not queued. */
class OverloadIT {
    private static final int LIMIT = 3;
    private final Catalogue data = new Catalogue();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theListRequestBeyondTheLimitGets503WithRetryAfterAndSucceedsOnceOneFinishes() throws Exception {
        data.harvest("tjl", "b1", dc("天津历史", "图书"));
        OaiSettings settings = VerbResponsesIT.SETTINGS.withListLimit(LIMIT, Duration.ofSeconds(7));
        try (LoopbackOaiServer server = new LoopbackOaiServer(new OaiEndpoint(data.catalogue, data.provenance, settings),
                ListAdmission.of(settings))) {
            List<CompletableFuture<HttpResponse<byte[]>>> running = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                String verb = i % 2 == 0 ? "ListRecords" : "ListIdentifiers";
                running.add(http.sendAsync(get(server, "verb=" + verb + "&metadataPrefix=oai_dc"), HttpResponse.BodyHandlers.ofByteArray()));
            }
            assertThat(server.admitted.tryAcquire(LIMIT, 20, TimeUnit.SECONDS)).as("all %d list requests running", LIMIT).isTrue();

            HttpResponse<byte[]> refused = http.send(get(server, "verb=ListRecords&metadataPrefix=tj_qdc"), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> identify = http.send(get(server, "verb=Identify"), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("7");
            assertThat(identify.statusCode()).as("other verbs are not limited").isEqualTo(200);
            assertThat(running).allSatisfy(f -> assertThat(f).as("held, not answered").isNotDone());

            server.gate.countDown();
            for (CompletableFuture<HttpResponse<byte[]>> f : running) {
                HttpResponse<byte[]> done = f.get(20, TimeUnit.SECONDS);
                assertThat(done.statusCode()).isEqualTo(200);
                OaiXsd.assertValid(done.body());
            }
            HttpResponse<byte[]> later = http.send(get(server, "verb=ListRecords&metadataPrefix=tj_qdc"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(later.statusCode()).isEqualTo(200);
            OaiXsd.assertValid(later.body());
        }
    }

    @Test
    void aTicketClosedTwiceFreesOnePlaceOnly() {
        ListAdmission admission = new ListAdmission(1, Duration.ofSeconds(5));
        var list = java.util.Map.of("verb", List.of("ListRecords"));
        ListAdmission.Ticket first = admission.tryAdmit(list).orElseThrow();
        first.close();
        first.close();

        assertThat(admission.tryAdmit(list)).isPresent();
        assertThat(admission.tryAdmit(list)).as("the one place is taken again").isEmpty();
        assertThat(admission.tryAdmit(java.util.Map.of("verb", List.of("GetRecord")))).isPresent();
    }

    private static HttpRequest get(LoopbackOaiServer server, String query) {
        return HttpRequest.newBuilder(server.uri(query)).timeout(Duration.ofSeconds(30)).build();
    }
}
