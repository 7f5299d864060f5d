package cn.tjlib.warehouse.schemas;

import org.junit.jupiter.api.Test;

import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlSchemasTest {
    private static final String HEAD = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><responseDate>2025-01-01T00:00:00Z</responseDate>";
    private final XmlSchemas schemas = new XmlSchemas();

    @Test
    void acceptsAValidListRecordsResponseWithOaiDc() {
        String xml = HEAD + "<request verb=\"ListRecords\" metadataPrefix=\"oai_dc\">http://x/oai</request><ListRecords><record>"
                + "<header><identifier>oai:x:1</identifier><datestamp>2025-01-01T00:00:00Z</datestamp></header><metadata>"
                + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>天津</dc:title></oai_dc:dc></metadata></record></ListRecords></OAI-PMH>";
        assertThatCode(() -> schemas.validateOaiPmh(new StreamSource(new StringReader(xml)))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAResponseWithAnUnknownElementNamingIt() {
        String xml = HEAD + "<request>http://x/oai</request><Bogus/></OAI-PMH>";
        assertThatThrownBy(() -> schemas.validateOaiPmh(new StreamSource(new StringReader(xml))))
                .hasMessageContaining("Bogus");
    }
}
