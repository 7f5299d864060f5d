package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import cn.tjlib.warehouse.oai.testing.OaiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;

/** Every verb answers with a schema-valid response carrying what the catalogue holds. */
class VerbResponsesIT {
    static final OaiSettings SETTINGS = OaiSettings.of("天津数字图书馆元数据仓储", URI.create("http://127.0.0.1:8080/oai"),
            "metadata@tjlib.cn", "tjdl.tjlib.cn").withLibraryNames(Catalogue.LIBRARIES);

    private final Catalogue data = new Catalogue();
    private final OaiEndpoint endpoint = new OaiEndpoint(data.catalogue, data.provenance, SETTINGS);
    private long book;

    @BeforeEach
    void harvestTwoRecords() {
        data.harvest("tjl", "b1", dc("天津历史", "图书", "creator", "张三著", "subject", "K292.1", "identifier", "9787201000001"));
        data.clock.advance(Duration.ofHours(1));
        data.harvest("nkl", "j1", dc("南开学报", "期刊"));
        book = data.unifiedId("tjl", "b1");
    }

    @Test
    void identifyDescribesTheRepository() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "Identify");

        assertThat(r.text("//oai:Identify/oai:repositoryName")).isEqualTo("天津数字图书馆元数据仓储");
        assertThat(r.text("//oai:Identify/oai:baseURL")).isEqualTo("http://127.0.0.1:8080/oai");
        assertThat(r.text("//oai:Identify/oai:earliestDatestamp")).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(r.text("//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
        assertThat(r.text("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(r.text("//oai:Identify/oai:adminEmail")).isEqualTo("metadata@tjlib.cn");
        assertThat(r.text("//id:oai-identifier/id:repositoryIdentifier")).isEqualTo("tjdl.tjlib.cn");
        assertThat(r.text("//id:oai-identifier/id:sampleIdentifier")).isEqualTo("oai:tjdl.tjlib.cn:1");
    }

    @Test
    void listMetadataFormatsOffersOaiDcFirst() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListMetadataFormats");

        assertThat(r.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "tj_qdc", "rdf");
        assertThat(r.text("//oai:metadataFormat/oai:metadataNamespace")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
    }

    @Test
    void listMetadataFormatsOfOneRecordOffersEveryFormat() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListMetadataFormats", "identifier", "oai:tjdl.tjlib.cn:" + book);

        assertThat(r.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "tj_qdc", "rdf");
    }

    @Test
    void listSetsNamesLibrariesAndTypesInChinese() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListSets");

        assertThat(r.texts("//oai:set/oai:setSpec")).contains("library", "library:tjl", "library:nkl", "type", "type:book", "type:journal");
        assertThat(r.text("//oai:set[oai:setSpec='library:tjl']/oai:setName")).isEqualTo("天津图书馆");
        assertThat(r.text("//oai:set[oai:setSpec='type:book']/oai:setName")).isEqualTo("图书");
        assertThat(r.token()).isEmpty();
    }

    @Test
    void listIdentifiersListsHeadersInDatestampOrder() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");

        assertThat(r.texts("//oai:header/oai:identifier"))
                .containsExactly("oai:tjdl.tjlib.cn:" + book, "oai:tjdl.tjlib.cn:" + data.unifiedId("nkl", "j1"));
        assertThat(r.texts("//oai:header/oai:datestamp")).containsExactly("2024-03-01T08:00:00Z", "2024-03-01T09:00:00Z");
        assertThat(r.texts("//oai:header[1]/oai:setSpec")).containsExactly("library:tjl", "type:book");
        assertThat(r.texts("//oai:resumptionToken")).isEmpty();
    }

    @Test
    void listRecordsCarriesOaiDcMetadata() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc");

        assertThat(r.texts("//oai:record/oai:metadata/oai_dc:dc/dc:title")).containsExactly("天津历史", "南开学报");
        assertThat(r.text("/oai:OAI-PMH/oai:request/@verb")).isEqualTo("ListRecords");
    }

    @Test
    void getRecordWritesTheCrosswalk() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "oai_dc",
                "identifier", "oai:tjdl.tjlib.cn:" + book);

        assertThat(r.text("//oai:GetRecord/oai:record/oai:header/oai:identifier")).isEqualTo("oai:tjdl.tjlib.cn:" + book);
        assertThat(r.texts("//oai:header/oai:setSpec")).containsExactly("library:tjl", "type:book");
        assertThat(r.texts("//dc:creator")).containsExactly("张三 著");
        assertThat(r.texts("//dc:subject")).containsExactly("K292.1");
        assertThat(r.texts("//dc:type")).containsExactly("图书", "Text");
        assertThat(r.texts("//dc:identifier")).containsExactly("ISBN 9787201000001");
    }

    @Test
    void getRecordOfADeletedRecordAnswersADeletedHeader() {
        data.tick();
        data.delete("tjl", "b1");

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "oai_dc",
                "identifier", "oai:tjdl.tjlib.cn:" + book);

        assertThat(r.text("//oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(r.texts("//oai:record/oai:metadata")).isEmpty();
        assertThat(r.texts("//oai:header/oai:setSpec")).containsExactly("library:tjl", "type:book");
    }

    @Test
    void deletedRecordsStayInTheListsWithDeletedStatus() {
        data.tick();
        data.delete("tjl", "b1");

        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_dc");

        assertThat(r.texts("//oai:record/oai:header/oai:identifier")).endsWith("oai:tjdl.tjlib.cn:" + book);
        assertThat(r.text("//oai:record[oai:header/oai:identifier='oai:tjdl.tjlib.cn:" + book + "']/oai:header/@status"))
                .isEqualTo("deleted");
        assertThat(r.texts("//oai:record/oai:metadata")).hasSize(1);
    }
}
