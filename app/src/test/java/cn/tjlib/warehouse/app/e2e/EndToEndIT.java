package cn.tjlib.warehouse.app.e2e;

import cn.tjlib.warehouse.app.harvest.NetworkHarvest;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import cn.tjlib.warehouse.fixtures.DemoSource;
import cn.tjlib.warehouse.fixtures.TruthRecord;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestStatus;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.schemas.XmlSchemas;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One record's whole journey over real HTTP on loopback: the demo network (plus a hostile XXE
 * source) is harvested at start-up into H2, then read back through our search API and our OAI-PMH
 * endpoint.
 */
@DemoWarehouseTest
class EndToEndIT {
    private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");

    @LocalServerPort int port;
    @Autowired DemoNetwork network;
    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcSourceRegistry sources;
    @Autowired JdbcHarvestLog log;
    @Autowired NetworkHarvest harvest;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everySourceIsStoredCompletelyAndTheHostileOneFailsWithoutLeaking() {
        for (DemoSource source : network.sources()) {
            long stored = jdbc.queryForObject("select count(*) from raw_record where source_code = ?", Long.class, source.code());
            assertThat(stored).as("records stored for %s", source.code()).isEqualTo(network.groundTruth().count(source.code()));
            // the first (full) harvest at start-up served every record; later runs of the shared context may be incremental
            var runs = log.recent(source.code(), 1000);
            assertThat(runs).as("runs of %s", source.code()).isNotEmpty();
            var first = runs.get(runs.size() - 1);
            assertThat(first.status()).isEqualTo(HarvestStatus.SUCCEEDED);
            assertThat(first.counts().total()).as("records served to the first harvest of %s", source.code()).isEqualTo(stored);
        }
        var xxe = log.recent("xxe", 1).get(0);
        assertThat(xxe.status()).isEqualTo(HarvestStatus.FAILED);
        assertThat(xxe.error()).contains("DOCTYPE");
        assertThat(jdbc.queryForObject("select count(*) from raw_record where metadata_xml like '%root:%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from harvest_run where error like '%root:%'", Long.class)).isZero();
    }

    @Test
    void aChineseWordFromAKnownTitleFindsThatRecord() throws Exception {
        TruthRecord known = network.groundTruth().records("heping").filter(TruthRecord::isClean).findFirst().orElseThrow();
        String word = rarestWordOf(known.cleanTitle());

        List<JsonNode> hits = allHits(word);

        assertThat(hits).as("hits for '%s' from '%s'", word, known.cleanTitle())
                .anySatisfy(hit -> assertThat(hit.get("libraries").toString()).contains("heping"));
        assertThat(hits).allSatisfy(hit -> {
            assertThat(hit.get("id").asLong()).isPositive();
            assertThat(hit.get("score").isNumber()).as("score of %s is a number", hit).isTrue();
        });
    }

    @Test
    void malformedSearchIsA400NamingTheProblem() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("title:(天津"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("detail");
        assertThat(get("/api/search?q=x&limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=x&limit=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void ourListRecordsIsValidOaiPmhAndCarriesEveryPublishedRecordOnce() throws Exception {
        XmlSchemas schemas = new XmlSchemas();
        List<String> identifiers = new ArrayList<>();
        String url = "/oai?verb=ListRecords&metadataPrefix=oai_dc";
        while (url != null) {
            String body = get(url).body();
            schemas.validateOaiPmh(new StreamSource(new StringReader(body)));
            Matcher m = IDENTIFIER.matcher(body);
            while (m.find()) {
                identifiers.add(m.group(1));
            }
            Matcher t = TOKEN.matcher(body);
            url = t.find() ? "/oai?verb=ListRecords&resumptionToken=" + enc(t.group(1)) : null;
        }
        long published = jdbc.queryForObject("select count(*) from unified_record where deleted = false", Long.class);
        long accepted = jdbc.queryForObject("select count(*) from raw_record where status = 'ACCEPTED'", Long.class);
        // clustering: every accepted record is held by exactly one live unified record, nothing else is,
        // and no live unified record is empty; copies held by several libraries make fewer records than copies
        assertThat(jdbc.queryForObject("select count(*) from raw_record r where r.status = 'ACCEPTED' and (select count(*) "
                + "from unified_member m join unified_record u on u.id = m.unified_id where m.raw_record_id = r.id "
                + "and u.deleted = false) <> 1", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unified_member m join raw_record r on r.id = m.raw_record_id "
                + "where r.status <> 'ACCEPTED'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unified_record u where u.deleted = false and not exists "
                + "(select 1 from unified_member m where m.unified_id = u.id)", Long.class)).isZero();
        assertThat(published).isLessThan(accepted).isGreaterThan(10_000);
        assertThat(identifiers).hasSize((int) published).doesNotHaveDuplicates();
        for (String verb : List.of("Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers&metadataPrefix=oai_dc",
                "GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifiers.get(0)))) {
            schemas.validateOaiPmh(new StreamSource(new StringReader(get("/oai?verb=" + verb).body())));
        }
    }

    @Test
    void aSecondFullHarvestOfUnchangedSourcesWritesNoNewVersion() {
        List<Source> members = sources.all().stream().filter(s -> !s.code().equals("xxe") && !s.code().equals("bomb")).toList();

        long versionsBefore = jdbc.queryForObject("select count(*) from raw_record_version", Long.class);

        List<HarvestReport> again = harvest.harvestAll(members, true);

        assertThat(again).allSatisfy(r -> {
            assertThat(r.succeeded()).as("%s: %s", r.sourceCode(), r.error()).isTrue();
            assertThat(r.counts().created() + r.counts().updated() + r.counts().deleted()).isZero();
        });
        assertThat(jdbc.queryForObject("select count(*) from raw_record_version", Long.class)).isEqualTo(versionsBefore);
    }

    private String rarestWordOf(String title) throws Exception {
        String best = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i + 2 <= title.length(); i++) {
            String candidate = title.substring(i, i + 2);
            if (!candidate.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            long total = json(get("/api/search?limit=1&q=" + enc(candidate)).body()).get("total").asLong();
            if (total > 0 && total < fewest) {
                best = candidate;
                fewest = total;
            }
        }
        assertThat(best).as("a Chinese word of '%s' that finds something", title).isNotNull();
        return best;
    }

    private List<JsonNode> allHits(String q) throws Exception {
        List<JsonNode> hits = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int offset = 0; offset < 2000; offset += 100) {
            JsonNode page = json(get("/api/search?limit=100&offset=" + offset + "&q=" + enc(q)).body());
            page.get("hits").forEach(h -> {
                if (ids.add(h.get("id").asLong())) {
                    hits.add(h);
                }
            });
            if (offset + 100 >= page.get("total").asLong()) {
                break;
            }
        }
        return hits;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
