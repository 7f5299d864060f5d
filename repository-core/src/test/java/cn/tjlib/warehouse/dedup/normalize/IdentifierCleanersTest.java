package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierCleanersTest {
    @Test
    void reducesIssnToEightCharacters() {
        assertThat(new IssnCleaner().clean("ISSN 0378-597x")).isEqualTo("0378597X");
    }

    @Test
    void reducesChinaSerialNumberToRegionAndSerial() {
        assertThat(new SerialNumberCleaner().clean("CN 12-1034/G2")).isEqualTo("12-1034");
        assertThat(new SerialNumberCleaner().clean("12－1034")).isEqualTo("12-1034");
    }
}
