package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import cn.tjlib.warehouse.oai.testing.OaiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;

/** Each OAI-PMH 2.0 error condition answers with its error code, in a schema-valid response. */
class ProtocolErrorsIT {
    private final Catalogue data = new Catalogue();
    private final OaiEndpoint endpoint = new OaiEndpoint(data.catalogue, data.provenance, VerbResponsesIT.SETTINGS);
    private long book;

    @BeforeEach
    void harvestOneBook() {
        data.harvest("tjl", "b1", dc("天津历史", "图书"));
        book = data.unifiedId("tjl", "b1");
    }

    private List<String> errors(String... nameValues) {
        return OaiResponse.ask(endpoint, nameValues).errors();
    }

    @Test
    void missingVerbIsBadVerb() {
        assertThat(errors("metadataPrefix", "oai_dc")).containsExactly("badVerb");
    }

    @Test
    void unknownVerbIsBadVerb() {
        assertThat(errors("verb", "Harvest")).containsExactly("badVerb");
    }

    @Test
    void repeatedVerbIsBadVerb() {
        assertThat(errors("verb", "Identify", "verb", "Identify")).containsExactly("badVerb");
    }

    @Test
    void unknownArgumentIsBadArgument() {
        assertThat(errors("verb", "Identify", "colour", "red")).containsExactly("badArgument");
    }

    @Test
    void getRecordRequiresMetadataPrefixParameter() {
        assertThat(errors("verb", "GetRecord", "identifier", "oai:tjdl.tjlib.cn:" + book)).containsExactly("badArgument");
    }

    @Test
    void getRecordRequiresIdentifierParameter() {
        assertThat(errors("verb", "GetRecord", "metadataPrefix", "oai_dc")).containsExactly("badArgument");
    }

    @Test
    void listRecordsRequiresMetadataPrefixParameter() {
        assertThat(errors("verb", "ListRecords")).containsExactly("badArgument");
    }

    @Test
    void malformedFromIsBadArgument() {
        assertThat(errors("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-13-45")).containsExactly("badArgument");
    }

    @Test
    void fromAndUntilOfDifferentGranularityAreBadArgument() {
        assertThat(errors("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2024-01-01",
                "until", "2024-12-31T00:00:00Z")).containsExactly("badArgument");
    }

    @Test
    void fromAfterUntilIsBadArgument() {
        assertThat(errors("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2024-03-02",
                "until", "2024-03-01")).containsExactly("badArgument");
    }

    @Test
    void resumptionTokenWithOtherArgumentsIsBadArgument() {
        assertThat(errors("verb", "ListRecords", "metadataPrefix", "oai_dc", "resumptionToken", "abc")).containsExactly("badArgument");
    }

    @Test
    void argumentWithCharacterXmlForbidsIsBadArgument() {
        assertThat(errors("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:tjdl.tjlib.cn:1\u0001"))
                .containsExactly("badArgument");
    }

    @Test
    void foreignResumptionTokenIsBadResumptionToken() {
        String xoaiStyle = Base64.getEncoder().encodeToString("offset::100|prefix::oai_dc".getBytes());
        assertThat(errors("verb", "ListRecords", "resumptionToken", xoaiStyle)).containsExactly("badResumptionToken");
        assertThat(errors("verb", "ListIdentifiers", "resumptionToken", "%%%")).containsExactly("badResumptionToken");
    }

    @Test
    void unknownMetadataPrefixCannotBeDisseminated() {
        assertThat(errors("verb", "ListRecords", "metadataPrefix", "marcxml")).containsExactly("cannotDisseminateFormat");
        assertThat(errors("verb", "GetRecord", "metadataPrefix", "marcxml", "identifier", "oai:tjdl.tjlib.cn:" + book))
                .containsExactly("cannotDisseminateFormat");
    }

    @Test
    void unknownIdentifierDoesNotExist() {
        assertThat(errors("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:tjdl.tjlib.cn:999999"))
                .containsExactly("idDoesNotExist");
        assertThat(errors("verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:other.org:" + book))
                .containsExactly("idDoesNotExist");
        assertThat(errors("verb", "ListMetadataFormats", "identifier", "天津历史")).containsExactly("idDoesNotExist");
    }

    @Test
    void emptySelectionMatchesNoRecords() {
        assertThat(errors("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-03-02")).containsExactly("noRecordsMatch");
        assertThat(errors("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "type:video")).containsExactly("noRecordsMatch");
    }

    @Test
    void unknownSetMatchesNoRecords() {
        assertThat(errors("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "library:zzz")).containsExactly("noRecordsMatch");
    }

    @Test
    void emptyRepositoryMatchesNoRecordsButStillIdentifies() {
        Catalogue emptyCatalogue = new Catalogue();
        OaiEndpoint empty = new OaiEndpoint(emptyCatalogue.catalogue, emptyCatalogue.provenance, VerbResponsesIT.SETTINGS);

        assertThat(OaiResponse.ask(empty, "verb", "ListRecords", "metadataPrefix", "oai_dc").errors()).containsExactly("noRecordsMatch");
        assertThat(OaiResponse.ask(empty, "verb", "Identify").errors()).isEmpty();
    }

    @Test
    void postFormParametersWithoutValuesAreBadArgument() {
        assertThat(OaiResponse.ask(endpoint, Map.of("verb", List.of("Identify"), "set", List.of())).errors())
                .containsExactly("badArgument");
    }
}
