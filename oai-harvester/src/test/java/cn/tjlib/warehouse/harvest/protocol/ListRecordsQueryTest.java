package cn.tjlib.warehouse.harvest.protocol;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListRecordsQueryTest {
    private final URI base = URI.create("http://opac.example.cn/oai");

    @Test
    void firstRequestCarriesPrefixSetAndFrom() {
        assertThat(ListRecordsQuery.first("oai_dc", "books:cn", "2024-05-02").toUri(base)).hasToString(
                "http://opac.example.cn/oai?verb=ListRecords&metadataPrefix=oai_dc&set=books%3Acn&from=2024-05-02");
    }

    @Test
    void followUpCarriesOnlyTheEncodedToken() {
        assertThat(ListRecordsQuery.resume("a b/c&d=1").toUri(base))
                .hasToString("http://opac.example.cn/oai?verb=ListRecords&resumptionToken=a%20b%2Fc%26d%3D1");
    }

    @Test
    void keepsAQueryTheBaseUrlAlreadyHas() {
        assertThat(OaiUris.identify(URI.create("http://opac.example.cn/cgi?repo=tjl")))
                .hasToString("http://opac.example.cn/cgi?repo=tjl&verb=Identify");
    }

    @Test
    void refusesABlankToken() {
        assertThatThrownBy(() -> ListRecordsQuery.resume(" ")).hasMessage("resumption token must not be blank");
    }
}
