package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.oai.testing.Catalogue;
import cn.tjlib.warehouse.oai.testing.OaiResponse;
import cn.tjlib.warehouse.oai.testing.OaiXsd;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static cn.tjlib.warehouse.oai.testing.Catalogue.dc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * oai_dc, tj_qdc (provenance, holdings, merged records) and rdf (DCMI terms with Jena): each offered,
 * each answered by GetRecord and ListRecords, each response valid against the schemas.
 */
class MetadataFormatsIT {
    private static final String ISBN = "978-7-201-09063-4";
    private static final String ID = "oai:tjdl.tjlib.cn:";

    private final Catalogue data = new Catalogue();
    private final OaiEndpoint endpoint = new OaiEndpoint(data.catalogue, data.provenance, VerbResponsesIT.SETTINGS);
    private long survivor;
    private long merged;

    /** tjl and nkl hold the same history book; nkl first catalogued it as another book, so two records merged. */
    @BeforeEach
    void harvestAMergedWork() {
        data.harvest("tjl", "b1", history("张三 著"));
        data.tick();
        data.harvest("nkl", "h1", dc("海河文化概论", "图书", "creator", "李四 著", "date", "2019", "language", "chi"));
        survivor = data.unifiedId("tjl", "b1");
        merged = data.unifiedId("nkl", "h1");
        data.clock.advance(Duration.ofMinutes(1));
        data.harvest("nkl", "h1", history("张三 著", "description", "南开馆藏 <善本> & 副本"));
        assertThat(data.unifiedId("nkl", "h1")).as("the two records are one work now").isEqualTo(survivor);
    }

    private static String history(String creator, String... more) {
        String[] elements = new String[8 + more.length];
        System.arraycopy(new String[] {"creator", creator, "date", "2015", "identifier", ISBN, "language", "chi"}, 0, elements, 0, 8);
        System.arraycopy(more, 0, elements, 8, more.length);
        return dc("天津近代经济史", "图书", elements);
    }

    @Test
    void listMetadataFormatsOffersAllThree() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListMetadataFormats");

        assertThat(r.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "tj_qdc", "rdf");
        assertThat(r.text("//oai:metadataFormat[oai:metadataPrefix='tj_qdc']/oai:metadataNamespace"))
                .isEqualTo("https://tjdl.tjlib.cn/ns/tj_qdc/1.0/");
        assertThat(r.text("//oai:metadataFormat[oai:metadataPrefix='rdf']/oai:metadataNamespace"))
                .isEqualTo("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    }

    @Test
    void listMetadataFormatsOfOneRecordOffersAllThree() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListMetadataFormats", "identifier", ID + survivor);

        assertThat(r.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "tj_qdc", "rdf");
    }

    @Test
    void anyOtherFormatCannotBeDisseminated() {
        assertThat(OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "marc21", "identifier", ID + survivor).errors())
                .containsExactly("cannotDisseminateFormat");
        assertThat(OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", "oai_qdc").errors())
                .containsExactly("cannotDisseminateFormat");
        assertThat(OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "metadataPrefix", "RDF").errors())
                .containsExactly("cannotDisseminateFormat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oai_dc", "tj_qdc", "rdf"})
    void everyFormatListsEveryRecordAndTheMergedOneAsDeleted(String prefix) {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "ListRecords", "metadataPrefix", prefix);

        assertThat(r.texts("//oai:record/oai:header/oai:identifier")).containsExactly(ID + survivor, ID + merged);
        assertThat(r.text("//oai:record[oai:header/oai:identifier='" + ID + merged + "']/oai:header/@status")).isEqualTo("deleted");
        assertThat(r.texts("//oai:record/oai:metadata")).hasSize(1);
        assertThat(r.texts("//oai:record/oai:metadata/*")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"oai_dc", "tj_qdc", "rdf"})
    void everyFormatAnswersGetRecordAndListIdentifiers(String prefix) {
        OaiResponse got = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", prefix, "identifier", ID + survivor);
        OaiResponse ids = OaiResponse.ask(endpoint, "verb", "ListIdentifiers", "metadataPrefix", prefix);

        assertThat(got.errors()).isEmpty();
        assertThat(got.texts("//oai:GetRecord/oai:record/oai:metadata/*")).hasSize(1);
        assertThat(ids.texts("//oai:header/oai:identifier")).containsExactly(ID + survivor, ID + merged);
    }

    @Test
    void tjQdcNamesTheLibraryRecordEveryValueCameFrom() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "tj_qdc", "identifier", ID + survivor);

        assertThat(r.text("//qdc:record/qdc:title")).isEqualTo("天津近代经济史");
        assertThat(r.text("//qdc:record/qdc:title/@library")).isEqualTo("tjl");
        assertThat(r.text("//qdc:record/qdc:title/@sourceRecordId")).isEqualTo("b1");
        assertThat(r.text("//qdc:record/qdc:title/@datestamp")).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(r.text("//qdc:creator")).isEqualTo("张三");
        assertThat(r.text("//qdc:creator/@role")).isEqualTo("著");
        // tjl's record has no description: it comes whole from nkl's, with nkl's later datestamp
        assertThat(r.text("//qdc:description")).isEqualTo("南开馆藏 <善本> & 副本");
        assertThat(r.text("//qdc:description/@library")).isEqualTo("nkl");
        assertThat(r.text("//qdc:description/@datestamp")).isEqualTo("2024-03-01T08:01:01Z");
        assertThat(r.text("//qdc:identifier[@scheme='ISBN']")).isEqualTo(ISBN);
        assertThat(r.text("//qdc:type/@code")).isEqualTo("book");
        assertThat(r.text("//qdc:type/@dcmiType")).isEqualTo("Text");
    }

    @Test
    void tjQdcListsEveryHoldingLibraryAndTheRecordsMergedIntoThisOne() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "tj_qdc", "identifier", ID + survivor);

        assertThat(r.texts("//qdc:holding/@library")).containsExactlyInAnyOrder("tjl", "nkl");
        assertThat(r.text("//qdc:holding[@library='nkl']")).isEqualTo("南开大学图书馆");
        assertThat(r.text("//qdc:holding[@library='nkl']/@oaiIdentifier")).isEqualTo("oai:nkl.tjlib.cn:h1");
        assertThat(r.text("//qdc:holding[@library='nkl']/@sourceRecordId")).isEqualTo("h1");
        assertThat(r.texts("//qdc:replaces")).containsExactly(ID + merged);
    }

    @Test
    void aTjQdcRecordOutOfSchemaWouldFailTheseTests() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "tj_qdc", "identifier", ID + survivor);
        String misspelt = r.toString().replace("qdc:holding", "qdc:holdings");
        String unordered = r.toString().replaceFirst("(<qdc:title[^>]*>[^<]*</qdc:title>)(.*)</qdc:record>", "$2$1</qdc:record>");

        assertThatThrownBy(() -> OaiXsd.assertValid(misspelt.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("qdc:holdings");
        assertThatThrownBy(() -> OaiXsd.assertValid(unordered.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("qdc:title");
    }

    @Test
    void theMergedRecordIsAnsweredDeletedInOurFormatToo() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "tj_qdc", "identifier", ID + merged);

        assertThat(r.text("//oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(r.texts("//oai:record/oai:metadata")).isEmpty();
    }

    @Test
    void rdfParsesBackToTheSameTitleCreatorAndIdentifiers() {
        OaiResponse r = OaiResponse.ask(endpoint, "verb", "GetRecord", "metadataPrefix", "rdf", "identifier", ID + survivor);
        List<String> rdf = r.fragments("//oai:metadata/rdf:RDF");
        assertThat(rdf).hasSize(1);

        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(rdf.get(0), Lang.RDFXML).parse(model);
        Resource work = model.getResource(ID + survivor);

        assertThat(work.getProperty(DCTerms.title).getString()).isEqualTo("天津近代经济史");
        Resource creator = work.getPropertyResourceValue(DCTerms.creator);
        assertThat(creator.getProperty(RDFS.label).getString()).isEqualTo("张三");
        assertThat(creator.getProperty(DCTerms.description).getString()).isEqualTo("著");
        assertThat(work.listProperties(DCTerms.identifier).mapWith(Statement::getString).toList()).containsExactly("ISBN " + ISBN);
        assertThat(work.listProperties(DCTerms.description).mapWith(Statement::getString).toList())
                .containsExactly("南开馆藏 <善本> & 副本");
        assertThat(work.listProperties(DCTerms.type).mapWith(s -> s.getObject().toString()).toList())
                .containsExactlyInAnyOrder("http://purl.org/dc/dcmitype/Text", "图书");
        assertThat(work.getPropertyResourceValue(DCTerms.replaces).getURI()).isEqualTo(ID + merged);
    }
}
