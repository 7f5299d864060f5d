package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.fixtures.DemoLibraries;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.harvest.OaiXml;
import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.record.OaiDcParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The oai_dc values collected while serialising give the record a parse of the serialised text gives. */
class OaiDcValuesTest {
    private final OaiResponseParser responses = new OaiResponseParser();
    private final OaiDcParser dc = new OaiDcParser();

    @Test
    void givesWhatTheParserReadsForEveryDemoRecord() {
        RecordGenerator generator = new RecordGenerator(42, Scale.perSource(60));
        int compared = 0;
        for (var library : DemoLibraries.all()) {
            for (GeneratedRecord g : generator.records(library.code()).toList()) {
                HarvestedRecord r = harvest(g.oaiDc());
                if (r.problem() == null) {
                    assertThat(r.oaiDc()).as(g.oaiIdentifier()).isNotNull();
                    assertThat(dc.read("x", "1", r.oaiDc())).as(g.oaiIdentifier()).isEqualTo(dc.parse("x", "1", r.metadataXml()));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void givesWhatTheParserReadsForAwkwardText() {
        for (String metadata : List.of(
                dcRoot("<dc:title>  呐喊 &amp; 彷徨 &lt;全集&gt;  </dc:title><dc:creator>鲁迅 著</dc:creator>"),
                dcRoot("<dc:title>line one&#13;&#10;line two&#13;three\r\nfour</dc:title>"),
                dcRoot("<dc:title><![CDATA[a < b]]> and <!-- gone --> c</dc:title><dc:subject/><dc:subject>   </dc:subject>"),
                dcRoot("<dc:identifier>ISBN 978-7-5300-0000-1</dc:identifier><x:wrap xmlns:x=\"urn:x\"><dc:date>2015.6</dc:date></x:wrap>"),
                dcRoot("<dc:coverage>天津</dc:coverage><dc:relation>r</dc:relation><dc:source>s</dc:source><dc:contributor>王五 编</dc:contributor>"))) {
            HarvestedRecord r = harvest(metadata);
            assertThat(r.oaiDc()).as(metadata).isNotNull();
            assertThat(dc.read("x", "1", r.oaiDc())).as(metadata).isEqualTo(dc.parse("x", "1", r.metadataXml()));
        }
    }

    @Test
    void leavesToTheParserWhatOnlyItCanJudge() {
        // a Dublin Core element with a child element: the parser refuses it as malformed, with its own message
        assertThat(harvest(dcRoot("<dc:title>a<b>c</b></dc:title>")).oaiDc()).isNull();
        // not oai_dc at all
        assertThat(harvest("<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:leader>x</marc:leader></marc:record>").oaiDc())
                .isNull();
    }

    private HarvestedRecord harvest(String metadata) {
        String record = "<record><header><identifier>oai:test:1</identifier><datestamp>2024-01-01</datestamp></header>"
                + "<metadata>" + metadata + "</metadata></record>";
        return responses.listRecords(OaiXml.listRecords(null, null, record)).records().get(0);
    }

    private static String dcRoot(String body) {
        return "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + body + "</oai_dc:dc>";
    }
}
