package cn.tjlib.warehouse.oai.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiIdentifierTest {
    @Test
    void printsAndParsesTheOaiScheme() {
        OaiIdentifier id = new OaiIdentifier("tjdl.tjlib.cn", 42);

        assertThat(id).hasToString("oai:tjdl.tjlib.cn:42");
        assertThat(OaiIdentifier.parse("tjdl.tjlib.cn", "oai:tjdl.tjlib.cn:42")).contains(id);
    }

    @Test
    void readsOtherTextAsNoIdentifier() {
        assertThat(OaiIdentifier.parse("tjdl.tjlib.cn", "oai:other.cn:42")).isEmpty();
        assertThat(OaiIdentifier.parse("tjdl.tjlib.cn", "oai:tjdl.tjlib.cn:042")).isEmpty();
        assertThat(OaiIdentifier.parse("tjdl.tjlib.cn", "oai:tjdl.tjlib.cn:99999999999999999999")).isEmpty();
        assertThat(OaiIdentifier.parse("tjdl.tjlib.cn", null)).isEmpty();
    }

    @Test
    void rejectsNonPositiveIdNamingIt() {
        assertThatThrownBy(() -> new OaiIdentifier("tjdl.tjlib.cn", 0)).hasMessageContaining("got 0");
    }
}
