package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.harvest.OaiXml;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.xml.DoctypeRefusedException;
import cn.tjlib.warehouse.xml.MalformedXmlException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiResponseParserTest {
    private final OaiResponseParser parser = new OaiResponseParser();

    @Test
    void readsRecordsAndTheResumptionTokenWithListSize() {
        ListRecordsPage page = parser.listRecords(OaiXml.listRecords("token-2", 250L, OaiXml.records(1, 3)));

        assertThat(page.records()).extracting(HarvestedRecord::oaiIdentifier)
                .containsExactly("oai:test:1", "oai:test:2", "oai:test:3");
        assertThat(page.records().get(0).datestamp()).isEqualTo(Instant.parse("2024-04-02T10:00:00Z"));
        assertThat(page.records().get(0).setSpecs()).containsExactly("books");
        assertThat(page.nextToken()).isEqualTo("token-2");
        assertThat(page.token().completeListSize()).hasValue(250);
        assertThat(page.token().cursor()).hasValue(0);
    }

    @Test
    void anEmptyResumptionTokenMarksTheLastPage() {
        ListRecordsPage page = parser.listRecords(OaiXml.listRecords("", 3L, OaiXml.records(1, 1)));

        assertThat(page.nextToken()).isNull();
        assertThat(page.token().completeListSize()).hasValue(3);
    }

    @Test
    void serialisesMetadataAsStandaloneXmlThatTheOaiDcParserReads() {
        HarvestedRecord record = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.record("oai:test:9", "2024-01-01", "呐喊 &amp; 彷徨 &lt;全集&gt;"))).records().get(0);

        assertThat(record.metadataXml())
                .startsWith("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
                .contains("<dc:title>呐喊 &amp; 彷徨 &lt;全集&gt;</dc:title>");
        CanonicalRecord read = new OaiDcParser().parse("tjl", record.localId(), record.metadataXml());
        assertThat(read.title()).hasValue("呐喊 & 彷徨 <全集>");
    }

    @Test
    void declaresNamespacesThatTheMetadataInheritsFromTheEnvelope() {
        String xml = OaiXml.PROLOG + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
                + "xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:unused=\"urn:unused\"><ListRecords><record><header><identifier>oai:x:1</identifier>"
                + "<datestamp>2024-01-01</datestamp></header><metadata><oai_dc:dc><dc:title xml:lang=\"zh\">书</dc:title>"
                + "<!-- a comment --><dc:subject/></oai_dc:dc></metadata></record></ListRecords></OAI-PMH>";

        String metadata = parser.listRecords(xml).records().get(0).metadataXml();

        assertThat(metadata).isEqualTo("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title xml:lang=\"zh\">书</dc:title><dc:subject/></oai_dc:dc>");
    }

    @Test
    void readsDeletedRecordsWithoutMetadata() {
        HarvestedRecord record = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.deleted("oai:test:7", "2024-03-01T00:00:00Z"))).records().get(0);

        assertThat(record.deleted()).isTrue();
        assertThat(record.metadataXml()).isNull();
        assertThat(record.problem()).isNull();
    }

    @Test
    void treatsNoRecordsMatchAsAnEmptyFinalPage() {
        ListRecordsPage page = parser.listRecords(OaiXml.error("noRecordsMatch", "no records since 2024-05-01"));

        assertThat(page.records()).isEmpty();
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void reportsOtherOaiErrorsWithTheirCode() {
        assertThatThrownBy(() -> parser.listRecords(OaiXml.error("badArgument", "Illegal argument: from")))
                .isInstanceOfSatisfying(OaiErrorException.class, e -> assertThat(e.code()).isEqualTo("badArgument"))
                .hasMessageContaining("badArgument (Illegal argument: from)");
    }

    @Test
    void refusesADoctypeWithAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + OaiXml.listRecords(null, null, OaiXml.record("oai:x:1", "2024-01-01", "&xxe;")).substring(OaiXml.PROLOG.length());

        assertThatThrownBy(() -> parser.listRecords(xxe)).isInstanceOf(DoctypeRefusedException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<OAI-PMH><ListRecords>&lol9;</ListRecords></OAI-PMH>";

        assertThatThrownBy(() -> parser.listRecords(bomb)).isInstanceOf(DoctypeRefusedException.class);
    }

    @Test
    void rejectsOnlyTheRecordWithACharacterXmlForbids() {
        ListRecordsPage page = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.record("oai:test:1", "2024-01-01", "好书"),
                OaiXml.record("oai:test:2", "2024-01-01", "坏\u0001书"),
                OaiXml.record("oai:test:3", "2024-01-01", "书\uFFFE")));

        assertThat(page.records()).extracting(HarvestedRecord::problem).containsExactly(null,
                "title contains character U+0001 forbidden in XML; record rejected",
                "title contains character U+FFFE forbidden in XML; record rejected");
        assertThat(page.records().get(1).metadataXml()).contains("<dc:title>坏书</dc:title>");
    }

    @Test
    void keepsTheTextAroundForbiddenCharactersIncludingSurrogatePairs() {
        HarvestedRecord record = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.record("oai:test:1", "2024-01-01", "\uD83D\uDCDA\u0001天津\uD800x\uD83D\uDCDA\uFFFF"))).records().get(0);

        assertThat(record.problem()).isEqualTo("title contains character U+0001 forbidden in XML; "
                + "title contains character U+D800 forbidden in XML; title contains character U+FFFF forbidden in XML; record rejected");
        assertThat(record.metadataXml()).contains("<dc:title>\uD83D\uDCDA天津x\uD83D\uDCDA</dc:title>");
    }

    @Test
    void rejectsARecordWithAForbiddenCharacterReference() {
        HarvestedRecord record = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.record("oai:test:1", "2024-01-01", "A&#x1B;B &#20013;"))).records().get(0);

        assertThat(record.problem()).isEqualTo("title contains character U+001B forbidden in XML; record rejected");
        assertThat(record.metadataXml()).contains("<dc:title>AB 中</dc:title>");
    }

    @Test
    void keepsARealNoncharacterThatTheMarkerUses() {
        HarvestedRecord record = parser.listRecords(OaiXml.listRecords(null, null,
                OaiXml.record("oai:test:1", "2024-01-01", "x\uFDD0y"))).records().get(0);

        assertThat(record.problem()).isNull();
        assertThat(record.metadataXml()).contains("x\uFDD0y");
    }

    @Test
    void rejectsARecordWithoutMetadataOrAUsableDatestamp() {
        String xml = OaiXml.listRecords(null, null, "<record><header><identifier>oai:x:1</identifier>"
                + "<datestamp>last tuesday</datestamp></header></record>");

        HarvestedRecord record = parser.listRecords(xml).records().get(0);

        assertThat(record.problem()).isEqualTo("datestamp 'last tuesday' is not an OAI-PMH UTC datestamp; "
                + "record has no metadata and is not marked deleted; record rejected");
    }

    @Test
    void setsAsideARecordWithoutIdentifier() {
        ListRecordsPage page = parser.listRecords(OaiXml.listRecords(null, null,
                "<record><header><datestamp>2024-01-01</datestamp></header></record>", OaiXml.records(1, 1)[0]));

        assertThat(page.records()).hasSize(1);
        assertThat(page.unreadable()).singleElement().asString().contains("without an identifier");
    }

    @Test
    void saysWhenTheDocumentIsTruncated() {
        String whole = OaiXml.listRecords("t", null, OaiXml.records(1, 5));

        assertThatThrownBy(() -> parser.listRecords(whole.substring(0, whole.length() / 2)))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("truncated");
    }

    @Test
    void refusesADocumentThatIsNotOaiPmh() {
        assertThatThrownBy(() -> parser.listRecords("<rss><channel/></rss>"))
                .isInstanceOf(MalformedXmlException.class).hasMessageContaining("root element is <rss>");
    }

    @Test
    void readsIdentifyGranularityAndEarliestDatestamp() {
        Identify identify = parser.identify(OaiXml.identify("YYYY-MM-DDThh:mm:ssZ"));

        assertThat(identify.granularity()).isEqualTo(Granularity.SECONDS);
        assertThat(identify.earliestDatestamp()).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
        assertThat(identify.repositoryName()).isEqualTo("天津测试图书馆");
        assertThat(identify.deletedRecord()).isEqualTo("persistent");
        assertThat(parser.identify(OaiXml.identify("YYYY-MM-DD")).granularity()).isEqualTo(Granularity.DAY);
    }

    @Test
    void readsEnvelopeElementsWhateverTheirPrefix() {
        String xml = "<oai:OAI-PMH xmlns:oai=\"http://www.openarchives.org/OAI/2.0/\"><oai:ListRecords>"
                + "<oai:record><oai:header><oai:identifier>oai:x:1</oai:identifier><oai:datestamp>2024-01-01</oai:datestamp>"
                + "</oai:header><oai:metadata><dc xmlns=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"/></oai:metadata></oai:record>"
                + "</oai:ListRecords></oai:OAI-PMH>";

        List<HarvestedRecord> records = parser.listRecords(xml).records();

        assertThat(records).singleElement().extracting(HarvestedRecord::metadataXml)
                .isEqualTo("<dc xmlns=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"/>");
    }

    @Test
    void readsTheMetadataFormatsARepositoryOffers() {
        List<MetadataFormat> formats = parser.listMetadataFormats(OaiXml.listMetadataFormats("oai_dc", "marcxml"));

        assertThat(formats).containsExactly(
                new MetadataFormat("oai_dc", "http://schemas.example.cn/oai_dc.xsd", "http://ns.example.cn/oai_dc/"),
                new MetadataFormat("marcxml", "http://schemas.example.cn/marcxml.xsd", "http://ns.example.cn/marcxml/"));
    }

    @Test
    void noMetadataFormatsIsAnEmptyList() {
        assertThat(parser.listMetadataFormats(OaiXml.error("noMetadataFormats", "none for this item"))).isEmpty();
    }

    @Test
    void readsSetsWithTheirNamesAndTheResumptionToken() {
        ListSetsPage page = parser.listSets(OaiXml.listSets("sets-2", "book", "图书", "book:local", "地方文献"));

        assertThat(page.sets()).containsExactly(new OaiSet("book", "图书"), new OaiSet("book:local", "地方文献"));
        assertThat(page.nextToken()).isEqualTo("sets-2");
    }

    @Test
    void noSetHierarchyIsAnEmptyFinalPage() {
        ListSetsPage page = parser.listSets(OaiXml.error("noSetHierarchy", "this repository does not support sets"));

        assertThat(page.sets()).isEmpty();
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void otherErrorsInAListSetsResponseAreFailures() {
        assertThatThrownBy(() -> parser.listSets(OaiXml.error("badResumptionToken", "expired")))
                .isInstanceOf(OaiErrorException.class).hasMessageContaining("badResumptionToken");
    }
}
