package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeDesignationTest {
    @ParameterizedTest
    @CsvSource({"中国通史 第1卷,1", "中国通史 第十二卷,12", "中国通史 第二十册,20", "史记 卷三,3", "红楼梦 下册,3",
            "The art of computer programming vol. 2,2", "Proceedings volume II,2", "Handbook part 3,3",
            "'Analysis, Part IV',4", "Werke Bd. 7,7", "Vol. 2 part 1,2.1"})
    void findsTheVolumeATitleNames(String title, String volume) {
        assertThat(new VolumeDesignation().find(TextFolder.fold(title))).hasValue(volume);
    }

    @ParameterizedTest
    @CsvSource({"中国通史", "Volume rendering on GPUs", "Partial evaluation", "The v-model"})
    void findsNoVolumeWhereTheTitleNamesNone(String title) {
        assertThat(new VolumeDesignation().find(TextFolder.fold(title))).isEmpty();
    }
}
