package cn.tjlib.warehouse.app.search;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.search.eval.EvaluationReport;
import cn.tjlib.warehouse.search.eval.JudgedQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.tjlib.warehouse.app.e2e.DemoWarehouseTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API over the harvested demo catalogue, over HTTP, in the context EndToEndIT shares,
 * so that the demo network is harvested once.
 */
@DemoWarehouseTest
class SearchApiIT {
    static final Path JUDGED = Path.of("../search/src/test/resources/judged/demo-queries.tsv");

    @LocalServerPort int port;
    @Autowired DemoCatalogueEvaluation evaluation;
    @Autowired LuceneCatalogueIndex index;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void judgedQueriesOverTheDemoCatalogueReachAnMrrOfAtLeastPointNine() throws Exception {
        EvaluationReport report;
        try (Reader in = Files.newBufferedReader(JUDGED, StandardCharsets.UTF_8)) {
            report = evaluation.evaluate(JudgedQueries.read(in));
        }
        System.out.println("judged search evaluation: " + report.summary());
        List<String> misses = report.queries().stream().filter(q -> q.firstRelevantRank() != 1)
                .map(q -> q.query() + " @" + q.firstRelevantRank()).toList();
        assertThat(report.queries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(report.mrr()).as("%s; not first: %s", report.summary(), misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void searchAnswersWithFacetCountsLabelledInChineseAndHighlights() throws Exception {
        JsonNode page = json(get("/api/search?q=" + enc("天津") + "&limit=5"));
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode facets = page.get("facets");
        assertThat(facets.propertyNames()).containsExactly("library", "type", "year", "language", "clc");
        assertThat(facets.get("library").get(0).get("label").asString()).endsWith("图书馆");
        assertThat(facets.get("clc").findValuesAsString("label")).contains("历史、地理");
        long books = count(facets.get("type"), "book");
        assertThat(books).isPositive();
        JsonNode hit = page.get("hits").get(0);
        assertThat(hit.get("highlight").get("title").asString()).contains("<em>");
        assertThat(hit.get("type").asString()).isNotBlank();

        JsonNode filtered = json(get("/api/search?q=" + enc("天津") + "&type=book&limit=100"));
        assertThat(filtered.get("total").asLong()).isEqualTo(books);
        assertThat(filtered.get("hits").findValuesAsString("type")).containsOnly("book");
    }

    @Test
    void filtersCombineAndYearsNarrow() throws Exception {
        JsonNode page = json(get("/api/search?library=tjl&year=2010-2019&language=chi&clc=K&sort=newest&limit=100"));
        assertThat(page.get("total").asLong()).isPositive();
        for (JsonNode hit : page.get("hits")) {
            assertThat(hit.get("libraries").toString()).contains("\"tjl\"");
            assertThat(hit.get("year").asInt()).isBetween(2010, 2019);
        }
        assertThat(page.get("facets").get("year")).hasSize(1);
        assertThat(get("/api/search?year=abc").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?sort=sideways").body()).contains("sort must be relevance, newest, oldest or id");
    }

    @Test
    void suggestsTitlesByCharactersAndPinyin() throws Exception {
        JsonNode chinese = json(get("/api/suggest?q=" + enc("天津") + "&limit=10"));
        assertThat(chinese.get("suggestions")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(chinese.get("suggestions").findValuesAsString("text")).allMatch(t -> t.startsWith("天津"));
        JsonNode pinyin = json(get("/api/suggest?q=tianjin&limit=10"));
        assertThat(pinyin.get("suggestions").findValuesAsString("text")).isNotEmpty().allMatch(t -> t.startsWith("天津"));
        assertThat(get("/api/suggest?q=x&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void recordComesWithHoldingsAndProvenanceAndMissingOnesAreProblems() throws Exception {
        long id = jdbc.queryForObject("select min(u.id) from unified_record u where u.deleted = false", Long.class);
        HttpResponse<String> found = get("/api/records/" + id);
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode record = json(found);
        assertThat(record.get("id").asLong()).isEqualTo(id);
        assertThat(record.get("holdings")).isNotEmpty();
        assertThat(record.get("holdings").get(0).get("oaiIdentifier").asString()).startsWith("oai:");
        assertThat(record.get("describedBy").get("library").asString()).isNotBlank();
        assertThat(record.get("record").get("titles")).isNotEmpty();

        HttpResponse<String> missing = get("/api/records/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(get("/api/records/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void aStoredChangeIsSearchableWithinTwoSeconds() throws Exception {
        long id = 900_000_000L;
        CanonicalRecord description = CanonicalRecord.builder("tjl", "nrt-probe").title("近实时检索探针甲乙丙").build();
        index.update(List.of(new UnifiedRecord(id, Instant.now(), false, ResourceType.BOOK, description,
                List.of(new Holding("tjl", "oai:tjl:nrt-probe", "nrt-probe", Instant.now())), List.of("tjl"))));
        long stored = System.nanoTime();
        try {
            long total = 0;
            while (total == 0 && System.nanoTime() - stored < Duration.ofSeconds(2).toNanos()) {
                total = json(get("/api/search?q=" + enc("近实时检索探针甲乙丙"))).get("total").asLong();
            }
            assertThat(total).as("found within 2 s of being stored").isEqualTo(1);
        } finally {
            index.update(List.of(new UnifiedRecord(id, Instant.now(), true, ResourceType.BOOK, null, List.of(), List.of("tjl"))));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheSearchApi() throws Exception {
        JsonNode doc = json(get("/v3/api-docs"));
        assertThat(doc.get("paths").propertyNames()).contains("/api/search", "/api/suggest", "/api/records/{id}");
        List<String> params = new ArrayList<>();
        doc.get("paths").get("/api/search").get("get").get("parameters").forEach(p -> params.add(p.get("name").asString()));
        assertThat(params).contains("q", "library", "type", "year", "language", "clc", "sort");
    }

    private static long count(JsonNode counts, String value) {
        for (JsonNode c : counts) {
            if (c.get("value").asString().equals(value)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
