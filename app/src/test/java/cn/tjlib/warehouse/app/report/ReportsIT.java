package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.app.e2e.DemoWarehouseTest;
import cn.tjlib.warehouse.app.harvest.NetworkHarvest;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.FlawKind;
import cn.tjlib.warehouse.fixtures.PlantedFlaw;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation reports a member library receives, over HTTP against the harvested demo network. */
@DemoWarehouseTest
class ReportsIT {
    @LocalServerPort int port;
    @Autowired DemoNetwork network;
    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcSourceRegistry sources;
    @Autowired NetworkHarvest harvest;
    @Autowired PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPlantedFlawOfALibraryIsQuarantinedOrRejectedAndReported() throws Exception {
        List<PlantedFlaw> flaws = network.groundTruth().flaws().filter(f -> f.library().equals("hexi")).toList();
        long invalidChars = flaws.stream().filter(f -> f.kind() == FlawKind.INVALID_XML_CHAR).count();

        JsonNode report = json(get("/api/reports/hexi?limit=5000").body());

        assertThat(report.get("rejected").asLong()).isEqualTo(invalidChars);
        assertThat(report.get("quarantined").asLong()).isEqualTo(flaws.size() - invalidChars);
        assertThat(report.get("published").asLong() + report.get("quarantined").asLong() + report.get("rejected").asLong())
                .isEqualTo(report.get("harvested").asLong()).isEqualTo(network.groundTruth().count("hexi"));
        for (PlantedFlaw f : flaws) {
            String id = "oai:hexi.tjlib.cn:" + f.localId();
            String status = jdbc.queryForObject("select status from raw_record where oai_identifier = ?", String.class, id);
            assertThat(status).as("%s planted %s", id, f.kind()).isEqualTo(f.kind() == FlawKind.INVALID_XML_CHAR ? "REJECTED" : "QUARANTINED");
            assertThat(jdbc.queryForObject("select count(*) from unified_member m join raw_record r on r.id = m.raw_record_id "
                    + "where r.oai_identifier = ?", Long.class, id)).as("%s is not published", id).isZero();
        }
        assertThat(report.get("rules").findValuesAsString("ruleId")).contains("TJV-TITLE-REQUIRED");
    }

    @Test
    void xlsxAndCsvDownloadsHoldTheSameCountsAsThePage() throws Exception {
        JsonNode page = json(get("/api/reports/heping?limit=50000").body());

        HttpResponse<byte[]> xlsx = http.send(request("/api/reports/heping/download?format=xlsx"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("report-heping.xlsx"));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet(XlsxReport.SUMMARY);
            assertThat((long) summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(page.get("harvested").asLong());
            assertThat((long) summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(page.get("published").asLong());
            assertThat((long) summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(page.get("quarantined").asLong());
            assertThat(book.getSheet(XlsxReport.RECORDS).getLastRowNum()).isEqualTo(page.get("failureCount").asInt());
            assertThat(book.getSheet(XlsxReport.RULES).getLastRowNum()).isEqualTo(page.get("rules").size());
            assertThat(book.getSheet(XlsxReport.DUPLICATES).getLastRowNum()).isEqualTo(page.get("duplicates").size());
        }
        String csv = get("/api/reports/heping/download?format=csv").body();
        assertThat(csv.lines().count() - 1).isEqualTo(page.get("failureCount").asLong());
    }

    @Test
    void fixingAQuarantinedRecordAtTheSourceAndReharvestingPublishesIt() throws Exception {
        PlantedFlaw missingTitle = network.groundTruth().flaws()
                .filter(f -> f.library().equals("dongli") && f.kind() == FlawKind.MISSING_TITLE).findFirst().orElseThrow();
        String id = "oai:dongli.tjlib.cn:" + missingTitle.localId();
        network.editor("dongli").updateTitle(missingTitle.localId(), "海河岸边的修复记录");
        Thread.sleep(1100); // the edit's datestamp must fall after the last harvest's start second

        harvest.harvestAll(List.of(sources.find("dongli").orElseThrow()), false);

        assertThat(jdbc.queryForObject("select status from raw_record where oai_identifier = ?", String.class, id)).isEqualTo("ACCEPTED");
        long total = 0;
        for (int i = 0; i < 50 && total == 0; i++) { // the searcher refreshes in the background: near-real-time, not instant
            total = json(get("/api/search?q=" + URLEncoder.encode("修复记录", StandardCharsets.UTF_8)).body()).get("total").asLong();
            if (total == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(total).as("the fixed record is searchable").isPositive();
    }

    @Test
    void aLibrarysCataloguerSeesOnlyTheirOwnLibrarysReport() throws Exception {
        jdbc.update("insert into console_user (username, password_hash, role, library_code, enabled, created_at) "
                + "values ('heping-cat', ?, 'LIBRARY', 'heping', true, current_timestamp)", passwords.encode("heping-pass"));

        assertThat(status(request("/api/reports/heping", "heping-cat", "heping-pass"))).isEqualTo(200);
        assertThat(status(request("/api/reports/heping/download?format=xlsx", "heping-cat", "heping-pass"))).isEqualTo(200);
        assertThat(status(request("/api/reports/hexi", "heping-cat", "heping-pass"))).isEqualTo(403);
        assertThat(status(request("/api/reports", "heping-cat", "heping-pass"))).as("network summary is for staff").isEqualTo(403);
        assertThat(status(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports/heping")).build()))
                .as("no anonymous reports").isIn(302, 401);
    }

    @Test
    void revalidationIsOneAdminActionAndRunsOneAtATime() throws Exception {
        HttpRequest start = HttpRequest.newBuilder(request("/api/admin/revalidate"), (n, v) -> true)
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        int first = status(start);

        assertThat(first).isIn(202, 409);
        for (int i = 0; i < 600 && json(get("/api/admin/revalidate").body()).get("running").asBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(json(get("/api/admin/revalidate").body()).get("running").asBoolean()).isFalse();
        assertThat(status(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/revalidate"))
                .POST(HttpRequest.BodyPublishers.noBody()).build())).as("administrators only").isEqualTo(401);
    }

    @Test
    void unknownLibraryIs404AndABadCodeOrFormatIs400() throws Exception {
        assertThat(get("/api/reports/nosuchlib").statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/BAD!").statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/heping/download?format=pdf").statusCode()).isEqualTo(400);
    }

    private int status(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path) {
        return request(path, "admin", DemoWarehouseTest.ADMIN_PASSWORD);
    }

    private HttpRequest request(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + basic).build();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
