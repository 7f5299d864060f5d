package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.e2e.DemoWarehouseTest;
import cn.tjlib.warehouse.oai.ListAdmission;
import cn.tjlib.warehouse.schemas.XmlSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OAI-PMH endpoint of the running service, over real HTTP: every format, and 503 + Retry-After when full. */
@DemoWarehouseTest
class OaiHttpIT {
    private static final Map<String, List<String>> LIST = Map.of("verb", List.of("ListRecords"));

    @LocalServerPort int port;
    @Autowired ListAdmission admission;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void whileTheAllowedListRequestsRunOneMoreGets503WithRetryAfterAndOtherVerbsStillAnswer() throws Exception {
        List<ListAdmission.Ticket> running = new ArrayList<>();
        for (var t = admission.tryAdmit(LIST); t.isPresent(); t = admission.tryAdmit(LIST)) {
            running.add(t.get()); // the service's default limit, taken by "other harvesters"
        }
        try {
            HttpResponse<String> get = http.send(request("verb=ListRecords&metadataPrefix=oai_dc").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oai"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("verb=ListIdentifiers&metadataPrefix=tj_qdc")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> identify = http.send(request("verb=Identify").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(running).hasSize(4);
            assertThat(get.statusCode()).isEqualTo(503);
            assertThat(get.headers().firstValue("Retry-After")).contains("30");
            assertThat(post.statusCode()).isEqualTo(503);
            assertThat(post.headers().firstValue("Retry-After")).contains("30");
            assertThat(identify.statusCode()).isEqualTo(200);
        } finally {
            running.forEach(ListAdmission.Ticket::close);
        }
        HttpResponse<String> later = http.send(request("verb=ListRecords&metadataPrefix=oai_dc").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(later.statusCode()).isEqualTo(200);
        assertValid(later.body());
    }

    @Test
    void everyFormatIsServedAsValidXml() throws Exception {
        for (String prefix : List.of("oai_dc", "tj_qdc", "rdf")) {
            HttpResponse<String> r = http.send(request("verb=ListRecords&metadataPrefix=" + prefix).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
            assertThat(r.body()).contains("<metadata>").doesNotContain("<error");
            assertValid(r.body());
        }
        HttpResponse<String> formats = http.send(request("verb=ListMetadataFormats").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(formats.body()).contains("<metadataPrefix>oai_dc</metadataPrefix>", "<metadataPrefix>tj_qdc</metadataPrefix>",
                "<metadataPrefix>rdf</metadataPrefix>");
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oai?" + query)).timeout(Duration.ofSeconds(60));
    }

    private static void assertValid(String xml) throws Exception {
        Validator v = new XmlSchemas().oaiPmhWithFormats().newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }
}
