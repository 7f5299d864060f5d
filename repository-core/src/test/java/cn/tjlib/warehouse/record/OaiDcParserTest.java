package cn.tjlib.warehouse.record;

import cn.tjlib.warehouse.testing.Records;
import cn.tjlib.warehouse.xml.DoctypeRefusedException;
import cn.tjlib.warehouse.xml.MalformedXmlException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiDcParserTest {
    private final OaiDcParser parser = new OaiDcParser();

    @Test
    void readsEveryDublinCoreElementIntoTheCanonicalModel() {
        CanonicalRecord r = parser.parse("tjl", "b1", Records.oaiDc("天津近代史",
                "<dc:creator>张三著</dc:creator>", "<dc:creator>李四 主编</dc:creator>", "<dc:subject>K29</dc:subject>",
                "<dc:subject>天津--地方史</dc:subject>", "<dc:publisher>天津人民出版社</dc:publisher>",
                "<dc:date>2015.6</dc:date>", "<dc:type>图书</dc:type>", "<dc:format>text/html</dc:format>",
                "<dc:identifier>ISBN 978-7-201-08888-3</dc:identifier>", "<dc:identifier>ISSN 1002-1234</dc:identifier>",
                "<dc:identifier>CN12-1001/G2</dc:identifier>", "<dc:identifier>http://example.org/x</dc:identifier>",
                "<dc:language>chi</dc:language>", "<dc:description>天津的历史</dc:description>",
                "<dc:rights>版权所有</dc:rights>", "<dc:relation>丛书</dc:relation>"));

        assertThat(r.title()).contains("天津近代史");
        assertThat(r.creators()).containsExactly(new Creator("张三", "著"), new Creator("李四", "主编"));
        assertThat(r.clcClasses()).containsExactly("K29");
        assertThat(r.subjects()).contains(new Subject(Subject.KEYWORD, "天津--地方史"));
        assertThat(r.year()).contains(2015);
        assertThat(r.identifiers()).extracting(Identifier::type).containsExactly(
                IdentifierType.ISBN, IdentifierType.ISSN, IdentifierType.CN, IdentifierType.URI);
        assertThat(r.identifiers(IdentifierType.CN)).containsExactly(new Identifier(IdentifierType.CN, "CN12-1001/G2"));
        assertThat(ResourceType.fromDcTypes(r.types())).isEqualTo(ResourceType.BOOK);
        assertThat(r.sourceLibrary()).isEqualTo("tjl");
    }

    @Test
    void rejectsMetadataThatIsNotOaiDc() {
        assertThatThrownBy(() -> parser.parse("tjl", "x", "<record xmlns=\"http://www.loc.gov/MARC21/slim\"/>"))
                .isInstanceOf(RecordParseException.class)
                .hasMessageContaining("expected <oai_dc:dc>");
    }

    @Test
    void refusesDoctypeAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + Records.oaiDc("&xxe;");
        assertThatThrownBy(() -> parser.parse("tjl", "x", xxe))
                .isInstanceOf(DoctypeRefusedException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void reportsMalformedXmlNamingTheRecord() {
        assertThatThrownBy(() -> parser.parse("tjl", "b7", Records.oaiDc("<dc:title>未闭合")))
                .isInstanceOf(MalformedXmlException.class)
                .hasMessageContaining("b7");
    }

    @Test
    void aRecordReadAfterAMalformedOneOrADoctypeIsReadWhole() {
        assertThatThrownBy(() -> parser.parse("tjl", "b7", Records.oaiDc("<dc:title>未闭合")))
                .isInstanceOf(MalformedXmlException.class);
        assertThatThrownBy(() -> parser.parse("tjl", "x", "<!DOCTYPE d [<!ENTITY e \"x\">]>" + Records.oaiDc("&e;")))
                .isInstanceOf(DoctypeRefusedException.class);

        CanonicalRecord r = parser.parse("tjl", "b8", Records.oaiDc("天津近代史", "<dc:creator>张三著</dc:creator>"));

        assertThat(r.title()).contains("天津近代史");
        assertThat(r.creators()).containsExactly(new Creator("张三", "著"));
        assertThat(r.sourceRecordId()).isEqualTo("b8");
    }

    @Test
    void threadsSharingAParserEachGetTheirOwnRecords() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String title = "题名" + thread + "-" + i;
                        if (!parser.parse("tjl", "b" + i, Records.oaiDc(title)).title().orElseThrow().equals(title)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
