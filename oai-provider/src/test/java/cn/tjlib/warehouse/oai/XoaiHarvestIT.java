package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;

/** XOAI's own harvesting client reads the whole catalogue over HTTP: none missing, none twice. */
class XoaiHarvestIT {
    private final Catalogue data = new Catalogue();
    private HttpServer server;
    private ServiceProvider harvester;
    private long deletedId;

    @BeforeEach
    void serveTheEndpointOnLoopback() throws IOException {
        for (int page = 0; page < 3; page++) {
            Map<String, String> records = new LinkedHashMap<>();
            for (int i = 0; i < 90; i++) {
                records.put("r" + (page * 90 + i), dc("天津文献 " + page + "-" + i, i % 3 == 0 ? "期刊" : "图书"));
            }
            data.harvest(page == 1 ? "nkl" : "tjl", records);
            data.tick();
        }
        deletedId = data.unifiedId("tjl", "r5");
        data.delete("tjl", "r5");

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/oai";
        OaiEndpoint endpoint = new OaiEndpoint(data.catalogue, data.provenance, OaiSettings.of("天津数字图书馆元数据仓储",
                URI.create(base), "metadata@tjlib.cn", "tjdl.tjlib.cn").withPageSize(50));
        server.createContext("/oai", exchange -> serve(endpoint, exchange));
        server.start();
        harvester = new ServiceProvider(new Context().withBaseUrl(base).withGranularity(Granularity.Second)
                .withOAIClient(io.gdcc.xoai.serviceprovider.client.OAIClient.newBuilder().withBaseUrl(base).build())
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void listIdentifiersHarvestsEveryRecordOnce() throws Exception {
        List<String> harvested = new ArrayList<>();
        Iterator<Header> headers = harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
        headers.forEachRemaining(h -> harvested.add(h.getIdentifier()));

        assertThat(harvested).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(databaseIdentifiers());
    }

    @Test
    void listRecordsHarvestsEveryRecordOnceWithDeletionsMarked() throws Exception {
        List<String> harvested = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
        records.forEachRemaining(r -> {
            harvested.add(r.getHeader().getIdentifier());
            if (r.getHeader().isDeleted()) {
                deleted.add(r.getHeader().getIdentifier());
            }
        });

        assertThat(harvested).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(databaseIdentifiers());
        assertThat(deleted).containsExactly("oai:tjdl.tjlib.cn:" + deletedId);
    }

    @Test
    void setHarvestReturnsOnlyThatLibrary() throws Exception {
        List<String> harvested = new ArrayList<>();
        harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withSetSpec("library:nkl"))
                .forEachRemaining(h -> harvested.add(h.getIdentifier()));

        assertThat(harvested).hasSize(90).doesNotHaveDuplicates();
    }

    @Test
    void aHarvestWhileRecordsChangeNeitherSkipsNorRepeatsTheRecordsLeftUnchanged() throws Exception {
        List<String> before = databaseIdentifiers();
        Set<String> changed = new HashSet<>();
        List<String> harvested = new ArrayList<>();
        Iterator<Header> headers = harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
        while (headers.hasNext()) {
            harvested.add(headers.next().getIdentifier());
            if (harvested.size() == 60) {
                // in the middle of the second page: retitle records on both sides of the harvester's position
                data.tick();
                Map<String, String> edits = new LinkedHashMap<>();
                for (int i = 0; i < 90; i += 9) {
                    edits.put("r" + i, dc("天津文献 修订本 " + i, "图书"));
                }
                data.harvest("tjl", edits);
                edits.keySet().forEach(k -> changed.add("oai:tjdl.tjlib.cn:" + data.unifiedId("tjl", k)));
            }
        }

        assertThat(changed).hasSize(10);
        assertThat(harvested).as("nothing skipped").containsAll(before);
        List<String> unchanged = before.stream().filter(id -> !changed.contains(id)).toList();
        assertThat(unchanged).allSatisfy(id -> assertThat(java.util.Collections.frequency(harvested, id))
                .as("times %s was harvested", id).isEqualTo(1));
        // a record changed behind the harvester's position comes again, with its new datestamp, at the end
        assertThat(harvested.subList(60, harvested.size())).containsAll(changed);
    }

    private List<String> databaseIdentifiers() {
        return new JdbcTemplate(data.dataSource).queryForList("select id from unified_record", Long.class).stream()
                .map(id -> "oai:tjdl.tjlib.cn:" + id).toList();
    }

    private static void serve(OaiEndpoint endpoint, HttpExchange exchange) throws IOException {
        String query = "POST".equals(exchange.getRequestMethod())
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        endpoint.handle(parameters(query), body);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.size());
        try (OutputStream out = exchange.getResponseBody()) {
            body.writeTo(out);
        }
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
