package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.oai.testing.OaiXsd;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.ResourceType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TjQdcTest {
    private static final Instant HARVESTED = Instant.parse("2024-05-01T02:03:04.567Z");
    private static final CanonicalRecord MAP = CanonicalRecord.builder("tjl", "m7")
            .title("津门\u0001旧影 <图集> & \"附录\"")
            .creator(new Creator("王五", "绘"))
            .description("\u0002")
            .identifier(new Identifier(IdentifierType.LOCAL, "0099"))
            .build();
    private static final UnifiedRecord UNIFIED = new UnifiedRecord(42, HARVESTED, false, ResourceType.OTHER, MAP,
            List.of(new Holding("tjl", "oai:tjl.tjlib.cn:m7", "m7", HARVESTED)), List.of("tjl"));

    private final TjQdc format = new TjQdc(Map.of("tjl", "天津图书馆"));

    private String xml(List<FieldProvenance> provenance, List<Long> mergedFrom) {
        return format.xml(new PublishedRecord(UNIFIED, new OaiIdentifier("tjdl.tjlib.cn", 42), provenance, mergedFrom));
    }

    @Test
    void escapesMarkupQuotesAndDropsCharactersXmlForbidsEvenInAttributes() {
        String xml = xml(List.of(new FieldProvenance("title", MAP.titles().get(0), "tjl", "m7 \"旧\" <1>", 9, HARVESTED)), List.of());

        assertThat(xml).contains(">津门旧影 &lt;图集&gt; &amp; &quot;附录&quot;</qdc:title>")
                .contains("sourceRecordId=\"m7 &quot;旧&quot; &lt;1&gt;\"")
                .contains("datestamp=\"2024-05-01T02:03:04Z\"")
                .as("a value that is only forbidden characters is left out, not written empty").doesNotContain("qdc:description");
        assertThat(xml).contains("<qdc:holding library=\"tjl\" oaiIdentifier=\"oai:tjl.tjlib.cn:m7\" sourceRecordId=\"m7\">天津图书馆</qdc:holding>");
    }

    @Test
    void aValueWithoutProvenanceIsWrittenWithoutIt() {
        String xml = xml(List.of(), List.of(7L, 9L));

        assertThat(xml).contains("<qdc:creator role=\"绘\">王五</qdc:creator>")
                .contains("<qdc:identifier scheme=\"LOCAL\">0099</qdc:identifier>")
                .contains("<qdc:replaces>oai:tjdl.tjlib.cn:7</qdc:replaces><qdc:replaces>oai:tjdl.tjlib.cn:9</qdc:replaces>");
    }

    @Test
    void everyRecordItWritesIsValidInAnOaiPmhResponse() {
        String response = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2024-05-01T00:00:00Z</responseDate>"
                + "<request verb=\"GetRecord\">http://x.cn/oai</request><GetRecord><record><header><identifier>oai:tjdl.tjlib.cn:42"
                + "</identifier><datestamp>2024-05-01T02:03:04Z</datestamp></header><metadata>"
                + xml(List.of(new FieldProvenance("creator", "王五", "tjl", "m7", 9, HARVESTED)), List.of(7L))
                + "</metadata></record></GetRecord></OAI-PMH>";

        OaiXsd.assertValid(response.getBytes(StandardCharsets.UTF_8));
    }
}
